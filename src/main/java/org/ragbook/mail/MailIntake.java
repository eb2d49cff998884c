package org.ragbook.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.store.Channel;
import org.ragbook.store.MailMessages;
import org.ragbook.store.MailOutcome;
import org.ragbook.store.NewSubmission;
import org.ragbook.store.StoredMail;
import org.ragbook.store.Submissions;
import org.ragbook.store.User;
import org.ragbook.store.Users;

/**
 * Takes one message into the store: kept whole first, then settled — its returns made submissions
 * of the sender's user, or the message rejected or failed. Taking a message already taken does
 * nothing but say how it ended, so a message seen again after a crash is never submitted twice.
 */
final class MailIntake {

    /** "[phof-dashboard] March return" names its schema; "[EXTERNAL] March return" (a gateway's tag) does not. */
    private static final Pattern SCHEMA_IN_SUBJECT = Pattern.compile("\\[([A-Za-z0-9][A-Za-z0-9_.-]*)]");

    private final MailMessages messages;
    private final Submissions submissions;
    private final Users users;
    private final SchemaCatalog schemas;
    private final MailParser parser;
    private final Runnable wakeWorkers;

    MailIntake(MailMessages messages, Submissions submissions, Users users, SchemaCatalog schemas, MailParser parser,
            Runnable wakeWorkers) {
        this.messages = messages;
        this.submissions = submissions;
        this.users = users;
        this.schemas = schemas;
        this.parser = parser;
        this.wakeWorkers = wakeWorkers;
    }

    Taken take(byte[] raw) {
        ParsedMail parsed = parser.parse(raw);
        return once(parsed, raw, key -> settle(key, parsed));
    }

    /** A message too large to read, known from its headers alone: failed, with its size and the limit. */
    Taken tooLarge(byte[] headers, long size, long limit) {
        return once(parser.parse(headers), headers, key -> {
            messages.settle(key, MailOutcome.FAILED, "it is " + megabytes(size) + " MB, larger than the "
                    + megabytes(limit) + " MB a message may be, so it was not read", List.of());
            return MailOutcome.FAILED;
        });
    }

    /** Keeps the message unless kept before, and settles it unless settled before. */
    private Taken once(ParsedMail parsed, byte[] kept, Function<String, MailOutcome> settle) {
        String key = key(parsed.messageId(), kept);
        Optional<StoredMail> stored = messages.find(key);
        if (stored.isPresent() && stored.get().outcome() != null) {
            return new Taken(key, stored.get().outcome(), stored.get().moved());
        }
        if (stored.isEmpty()) {
            messages.keep(key, parsed.messageId(), parsed.sender(), parsed.subject(), kept);
        }
        return new Taken(key, settle.apply(key), false);
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }

    /** The Message-ID, or a hash of the whole message when it has none. */
    static String key(String messageId, byte[] raw) {
        return messageId != null && !messageId.isBlank() ? messageId.strip() : "sha256:" + Submissions.sha256(raw);
    }

    private MailOutcome settle(String key, ParsedMail parsed) {
        if (parsed instanceof ParsedMail.Malformed malformed) {
            messages.settle(key, MailOutcome.FAILED, malformed.reason(), List.of());
            return MailOutcome.FAILED;
        }
        IncomingMail mail = ((ParsedMail.Readable) parsed).mail();
        Optional<User> user = mail.sender() == null ? Optional.empty() : users.byEmail(mail.sender());
        if (user.isEmpty()) {
            messages.settle(key, MailOutcome.REJECTED, mail.sender() == null ? "no From address that can be read"
                    : mail.sender() + " is not the address of a user", List.of());
            return MailOutcome.REJECTED;
        }
        String schema = schema(mail.subject());
        List<String> ids = new ArrayList<>();
        for (Attachment attachment : mail.returns()) {
            ids.add(submissions.receive(new NewSubmission(user.get().organisation(), schema, Channel.EMAIL,
                    user.get().name(), attachment.fileName(), attachment.content())).submission().id());
        }
        messages.settle(key, MailOutcome.PROCESSED, ids.isEmpty() ? "no return attached" : null, ids);
        if (!ids.isEmpty()) {
            wakeWorkers.run();
        }
        return MailOutcome.PROCESSED;
    }

    /** The first bracketed word of the subject that is a schema's id, or null for Ragbook to detect. */
    private String schema(String subject) {
        Matcher bracket = SCHEMA_IN_SUBJECT.matcher(subject);
        while (bracket.find()) {
            if (schemas.find(bracket.group(1)).isPresent()) {
                return bracket.group(1);
            }
        }
        return null;
    }
}
