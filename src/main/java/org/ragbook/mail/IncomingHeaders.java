package org.ragbook.mail;

import java.util.List;

/** What a reply needs of the message it answers: its subject and its place in the thread. */
public record IncomingHeaders(String subject, String messageId, List<String> references) {

    static IncomingHeaders of(IncomingMail mail) {
        return new IncomingHeaders(mail.subject(), mail.messageId(), mail.references());
    }
}
