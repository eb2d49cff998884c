package org.ragbook.store;

import java.util.Optional;

/** Where a submission is in its life: received, then processing, then annotated, rejected (the sender's to fix) or failed (Ragbook's). */
public enum SubmissionStatus {
    RECEIVED, PROCESSING, ANNOTATED, REJECTED, FAILED;

    /** As written in the database, the API and the CLI: lower case. */
    public String label() {
        return Labelled.label(this);
    }

    public static Optional<SubmissionStatus> parse(String text) {
        return Labelled.parse(SubmissionStatus.class, text);
    }
}
