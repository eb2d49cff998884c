package org.ragbook.store;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a submission is in its life: received, then processing, then annotated, rejected (the
 * sender's to fix) or failed (Ragbook's). A return that would change values already stored for its
 * organisation is annotated but waits, awaiting confirmation, until its submitter confirms it (then
 * annotated) or withdraws it (withdrawn): a stored figure is never overwritten silently.
 */
public enum SubmissionStatus {
    RECEIVED, PROCESSING, ANNOTATED, AWAITING_CONFIRMATION, WITHDRAWN, REJECTED, FAILED;

    /** As written in the database, the API and the CLI: lower case, words apart ({@code awaiting confirmation}). */
    public String label() {
        return Labelled.label(this);
    }

    /** Whether processing is over: nothing more happens to it unless someone decides. */
    public boolean isProcessed() {
        return this != RECEIVED && this != PROCESSING;
    }

    /** Whether it has a report and an annotated workbook to show, whatever was decided about storing it. */
    public boolean isAnnotated() {
        return this == ANNOTATED || this == AWAITING_CONFIRMATION || this == WITHDRAWN;
    }

    public static Optional<SubmissionStatus> parse(String text) {
        return Labelled.parse(SubmissionStatus.class, text);
    }

    /** {@code received, processing, …} for messages that list what may be asked for. */
    public static String labels() {
        return Arrays.stream(values()).map(SubmissionStatus::label).collect(Collectors.joining(", "));
    }
}
