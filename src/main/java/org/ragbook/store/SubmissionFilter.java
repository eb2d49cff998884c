package org.ragbook.store;

/** What a list of submissions is narrowed to; null fields do not narrow. */
public record SubmissionFilter(String organisation, String schemaId, String period, SubmissionStatus status) {
}
