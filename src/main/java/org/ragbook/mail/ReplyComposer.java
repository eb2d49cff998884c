package org.ragbook.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ragbook.report.ReportJson;
import org.ragbook.report.SubmissionPage;
import org.ragbook.store.MailMessages;
import org.ragbook.store.StoredMail;
import org.ragbook.store.SubmissionRecord;
import org.ragbook.store.Submissions;
import org.ragbook.store.Users;

/**
 * Composes the one reply each settled message is owed, once all its returns are done, and puts it
 * in the outbox. Mail that must not be answered — automatic mail, or mail with no address to answer —
 * is recorded as needing none, so it is not looked at again.
 */
final class ReplyComposer {

    private final MailMessages messages;
    private final Submissions submissions;
    private final Users users;
    private final MailParser parser;
    private final Replies replies;
    private final String from;
    private final String publicUrl;

    ReplyComposer(MailMessages messages, Submissions submissions, Users users, MailParser parser, String from,
            String publicUrl) {
        this.messages = messages;
        this.submissions = submissions;
        this.users = users;
        this.parser = parser;
        this.replies = new Replies(publicUrl);
        this.from = from;
        this.publicUrl = publicUrl;
    }

    /** Queues every reply that is due; true when some message still waits for its returns to be processed. */
    boolean composeDue() {
        boolean waiting = false;
        for (String key : messages.awaitingReply()) {
            StoredMail stored = messages.find(key).orElseThrow();
            Optional<List<SubmissionRecord>> done = done(stored.submissions());
            if (done.isEmpty()) {
                waiting = true;
                continue;
            }
            ParsedMail parsed = parser.parse(messages.raw(key).orElseThrow());
            Optional<Reply> reply = reply(stored, parsed, done.get());
            String to = parsed.sender();
            messages.queueReply(key, to, reply.map(r -> ReplyMessage.write(from, to, headers(parsed), key, r))
                    .orElse(null));
        }
        return waiting;
    }

    private Optional<Reply> reply(StoredMail stored, ParsedMail parsed, List<SubmissionRecord> returns) {
        if (parsed.sender() == null || parsed instanceof ParsedMail.Readable r && r.mail().automatic()) {
            return Optional.empty();
        }
        return switch (stored.outcome()) {
            case FAILED -> users.byEmail(parsed.sender()).isPresent()
                    ? Optional.of(replies.malformed(stored.reason())) : Optional.empty();
            case REJECTED -> Optional.of(replies.unknownSender(parsed.sender()));
            case PROCESSED -> {
                IncomingMail mail = ((ParsedMail.Readable) parsed).mail();
                yield Optional.of(returns.isEmpty() ? replies.noReturn(mail)
                        : replies.processed(mail, returns.stream().map(this::answer).toList()));
            }
        };
    }

    /** The message's submissions once every one has ended; empty while any is still queued or processing. */
    private Optional<List<SubmissionRecord>> done(List<String> ids) {
        List<SubmissionRecord> records = new ArrayList<>();
        for (String id : ids) {
            SubmissionRecord record = submissions.find(id).orElseThrow();
            if (!record.status().isProcessed()) {
                return Optional.empty();
            }
            records.add(record);
        }
        return Optional.of(records);
    }

    private ReturnAnswer answer(SubmissionRecord record) {
        String link = publicUrl + SubmissionPage.path(record.id());
        if (!record.status().isAnnotated()) {
            return new ReturnAnswer(record.fileName(), record.status().label(), null, record.error(), link, null);
        }
        Attachment annotated = submissions.annotated(record.id())
                .map(bytes -> new Attachment(record.annotatedName(), bytes)).orElse(null);
        return new ReturnAnswer(record.fileName(), record.status().label(), ReportJson.read(record.reportJson()), null,
                link, annotated);
    }

    private static IncomingHeaders headers(ParsedMail parsed) {
        return parsed instanceof ParsedMail.Readable r ? IncomingHeaders.of(r.mail())
                : new IncomingHeaders(parsed.subject(), parsed.messageId(), List.of());
    }
}
