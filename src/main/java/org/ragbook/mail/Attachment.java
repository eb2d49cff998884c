package org.ragbook.mail;

/** A file attached to a message or a reply. */
public record Attachment(String fileName, byte[] content) {
}
