package org.ragbook.store;

import java.util.Optional;

/** Where a message taken from the mailbox ends: the folder it is moved to is named for it. */
public enum MailOutcome {
    /** From a user: its returns are submissions (or it had none, and the reply says so). */
    PROCESSED("Processed"),
    /** From someone who is not a user: nothing of it is read. */
    REJECTED("Rejected"),
    /** Could not be read as mail at all. */
    FAILED("Failed");

    private final String folder;

    MailOutcome(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }

    public String label() {
        return Labelled.label(this);
    }

    static Optional<MailOutcome> parse(String text) {
        return Labelled.parse(MailOutcome.class, text);
    }
}
