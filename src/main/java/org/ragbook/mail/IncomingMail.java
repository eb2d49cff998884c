package org.ragbook.mail;

import java.util.List;

/**
 * A message as Ragbook reads it: who sent it, what it asks, and its returns. Reply-To and CC are
 * deliberately not here: a reply goes to the From address and nowhere else.
 *
 * @param messageId  the Message-ID header, or null when it has none
 * @param sender     the From address in lower case, or null when there is none that can be read
 * @param references the References of the message, to thread the reply after them
 * @param automatic  an automatic message (an out-of-office, a bounce): never answered, so two robots
 *                   cannot answer each other for ever
 * @param returns    the .xlsx and .csv attachments within the limits, in the message's order
 * @param notRead    every other attachment, with the reason
 */
public record IncomingMail(String messageId, String sender, String subject, List<String> references,
        boolean automatic, List<Attachment> returns, List<NotRead> notRead) {
}
