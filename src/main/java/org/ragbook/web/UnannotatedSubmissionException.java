package org.ragbook.web;

import org.ragbook.store.SubmissionRecord;

/**
 * A stored return that ended without an annotated workbook: rejected (the file cannot be read or
 * placed under a schema, the sender's to fix: 422) or failed (a fault in Ragbook: 500). Either way
 * the upload is kept, and the answer says under which id.
 */
final class UnannotatedSubmissionException extends RuntimeException {

    private final transient SubmissionRecord submission;

    UnannotatedSubmissionException(SubmissionRecord submission) {
        super(submission.error());
        this.submission = submission;
    }

    SubmissionRecord submission() {
        return submission;
    }
}
