package org.ragbook.web;

import org.ragbook.store.SubmissionRecord;

/** A stored return Ragbook itself failed on (500): the original is kept for investigation and a retry. */
final class FailedSubmissionException extends RuntimeException {

    private final transient SubmissionRecord submission;

    FailedSubmissionException(SubmissionRecord submission) {
        super(submission.error());
        this.submission = submission;
    }

    SubmissionRecord submission() {
        return submission;
    }
}
