package org.ragbook.mail;

import java.time.Instant;

/**
 * What {@code /health} says of the mailbox: ok, or failing since the first failure of a run of
 * them, with the latest reason. The service goes on serving either way.
 */
public final class MailHealth {

    private volatile Instant failingSince;
    private volatile String reason;

    void ok() {
        failingSince = null;
        reason = null;
    }

    void failing(String why) {
        if (failingSince == null) {
            failingSince = Instant.now();
        }
        reason = why;
    }

    public boolean isOk() {
        return failingSince == null;
    }

    /** "ok", or "failing since 2026-12-08T09:00:00Z: reason". */
    public String describe() {
        Instant since = failingSince;
        return since == null ? "ok" : "failing since " + since + ": " + reason;
    }
}
