package org.ragbook.store;

/** What receiving an upload did: stored a new submission, or found the same bytes stored before. */
public sealed interface Received permits Received.Created, Received.Existing {

    SubmissionRecord submission();

    record Created(SubmissionRecord submission) implements Received {
    }

    record Existing(SubmissionRecord submission) implements Received {
    }
}
