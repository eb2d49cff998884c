package org.ragbook.store;

/** A submission a worker holds the lease on, with the original bytes to work on. */
public record Claim(SubmissionRecord submission, byte[] original) {
}
