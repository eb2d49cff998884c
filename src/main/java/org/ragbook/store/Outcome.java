package org.ragbook.store;

import java.util.List;

/**
 * How processing a submission ended, recorded in one transaction.
 *
 * @param accepted the observations to keep in the history; empty unless annotated
 */
public record Outcome(SubmissionStatus status, String schemaId, String period, String reportJson,
        String annotatedName, byte[] annotated, List<StoredObservation> accepted, String errorKind, String error) {

    public Outcome {
        accepted = List.copyOf(accepted);
    }

    public static Outcome annotated(String schemaId, String period, String reportJson, String annotatedName,
            byte[] annotated, List<StoredObservation> accepted) {
        return new Outcome(SubmissionStatus.ANNOTATED, schemaId, period, reportJson, annotatedName, annotated,
                accepted, null, null);
    }

    /** A fault in Ragbook while working on the return; the original stays for investigation. */
    public static Outcome failed(String message) {
        return new Outcome(SubmissionStatus.FAILED, null, null, null, null, null, List.of(), null, message);
    }

    /** The return could not be read or placed under a schema: {@code kind} as {@code unreadable-file}. */
    public static Outcome rejected(String schemaId, String kind, String message) {
        return new Outcome(SubmissionStatus.REJECTED, schemaId, null, null, null, null, List.of(), kind, message);
    }
}
