package org.ragbook.mail;

import org.ragbook.store.MailOutcome;

/** A message stored and settled: its key, how it ended, and whether it has left the incoming folder yet. */
record Taken(String key, MailOutcome outcome, boolean moved) {
}
