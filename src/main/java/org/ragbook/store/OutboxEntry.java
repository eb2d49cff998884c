package org.ragbook.store;

/** A reply composed and waiting for the SMTP server to accept it: the whole MIME message, as it will be sent. */
public record OutboxEntry(String key, String recipient, byte[] raw, int attempts) {
}
