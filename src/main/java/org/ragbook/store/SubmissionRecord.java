package org.ragbook.store;

import java.time.Instant;

/**
 * A stored submission without its files (they are fetched on their own, being large).
 *
 * @param schemaId   the schema asked for, or the one detected once processed; null until then
 * @param period     the latest period the return holds, once processed
 * @param reportJson the JSON report once annotated; null in lists, which never carry it
 * @param errorKind  why it was rejected, as {@code unreadable-file}; null unless rejected
 * @param error      the message of a rejected or failed submission
 */
public record SubmissionRecord(String id, String organisation, String schemaId, Channel channel,
        String submittedBy, String fileName, long sizeBytes, String sha256, SubmissionStatus status,
        Instant receivedAt, Instant updatedAt, String claimedBy, long rowsRead, long rowsTotal, String period,
        String reportJson, String annotatedName, String errorKind, String error) {
}
