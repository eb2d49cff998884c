package org.ragbook.mail;

import java.util.List;

/** A reply ready to be written as MIME: its words in both forms and its attachments. */
public record Reply(String text, String html, List<Attachment> attachments) {
}
