package org.ragbook.store;

import java.util.List;

/**
 * A message as stored when it was taken from the mailbox.
 *
 * @param outcome     null while its attachments were still being stored (a crash in between)
 * @param moved       whether it has left the incoming folder for its outcome's folder
 * @param submissions the submissions made from its attachments, in attachment order
 */
public record StoredMail(String key, String sender, String subject, MailOutcome outcome, String reason,
        boolean moved, boolean replyQueued, List<String> submissions) {
}
