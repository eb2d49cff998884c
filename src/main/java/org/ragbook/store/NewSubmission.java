package org.ragbook.store;

/**
 * An upload as it arrives, before anything has read it.
 *
 * @param schemaId the schema asked for, or null for Ragbook to detect
 */
public record NewSubmission(String organisation, String schemaId, Channel channel, String submittedBy,
        String fileName, byte[] original) {
}
