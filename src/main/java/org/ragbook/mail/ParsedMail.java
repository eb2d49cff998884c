package org.ragbook.mail;

/** What reading a message's MIME gave: the message, or why it could not be read as mail. */
public sealed interface ParsedMail permits ParsedMail.Readable, ParsedMail.Malformed {

    /** The Message-ID header, or null. */
    String messageId();

    /** The From address in lower case, or null when none could be read. */
    String sender();

    String subject();

    record Readable(IncomingMail mail) implements ParsedMail {
        public String messageId() {
            return mail.messageId();
        }

        public String sender() {
            return mail.sender();
        }

        public String subject() {
            return mail.subject();
        }
    }

    /** As much of the headers as could be read, so the sender can be told, and why the rest could not. */
    record Malformed(String sender, String subject, String messageId, String reason) implements ParsedMail {
    }
}
