package org.ragbook.web;

import org.ragbook.store.SubmissionRecord;

/** A stored return the pipeline could not read or place under a schema: the sender's to fix (422). */
final class RejectedSubmissionException extends RuntimeException {

    private final transient SubmissionRecord submission;

    RejectedSubmissionException(SubmissionRecord submission) {
        super(submission.error());
        this.submission = submission;
    }

    SubmissionRecord submission() {
        return submission;
    }
}
