package org.ragbook.mail;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Duration;
import org.ragbook.config.MailConfig;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.store.Leases;
import org.ragbook.store.MailMessages;
import org.ragbook.store.OutboxEntry;
import org.ragbook.store.StoreException;
import org.ragbook.store.Submissions;
import org.ragbook.store.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the shared mailbox and answers it, on a thread of its own. Each round takes every waiting
 * message into the store and then moves it; composes the replies that are due; sends the outbox.
 * Only the replica holding the mailbox lease does this; the lease is renewed at every message and
 * every round, and must outlast a round's wait for new mail. A mailbox or database that is down is
 * retried with growing pauses and shown on {@code /health}; nothing here ever stops the service.
 */
public final class MailPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MailPoller.class);
    private static final String LEASE = "mailbox";
    /** While a message waits for its returns to be processed, the next round comes this soon. */
    private static final Duration REPLY_DUE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);

    private final MailConfig config;
    private final MailMessages messages;
    private final Leases leases;
    private final MailIntake intake;
    private final ReplyComposer composer;
    private final Outgoing outgoing;
    private final MailHealth health;
    private final String holder;
    private final Duration lease;
    private final Thread thread;
    private volatile boolean running = true;

    public MailPoller(MailConfig config, MailMessages messages, Leases leases, Submissions submissions, Users users,
            SchemaCatalog schemas, String publicUrl, String holder, Duration lease, Runnable wakeWorkers,
            MailHealth health) {
        this.config = config;
        this.messages = messages;
        this.leases = leases;
        MailParser parser = new MailParser(config.maxAttachments(), config.maxAttachmentBytes());
        this.intake = new MailIntake(messages, submissions, users, schemas, parser, wakeWorkers);
        this.composer = new ReplyComposer(messages, submissions, users, parser, config.address(), publicUrl);
        this.outgoing = new Outgoing(config);
        this.health = health;
        this.holder = holder;
        this.lease = lease;
        this.thread = new Thread(this::run, "ragbook-mail");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void run() {
        int failures = 0;
        while (running) {
            try {
                if (!leases.hold(LEASE, holder, lease)) {
                    pause(Duration.ofSeconds(config.pollSeconds()));
                    continue;
                }
                try (Mailbox mailbox = Mailbox.open(config)) {
                    health.ok();
                    failures = 0;
                    while (running && leases.hold(LEASE, holder, lease)) {
                        boolean waiting = round(mailbox);
                        mailbox.waitForMail(waiting ? REPLY_DUE : Duration.ofSeconds(config.pollSeconds()));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (MessagingException | IOException | RuntimeException e) {
                if (!running) {
                    return;
                }
                failures++;
                health.failing(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                LOG.warn("The mailbox {} at {} failed ({}); trying again", config.folder(), config.imapHost(),
                        health.describe());
                try {
                    pause(backOff(failures));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** One pass over the mailbox; true when a reply waits on returns still being processed. */
    private boolean round(Mailbox mailbox) throws MessagingException, IOException {
        for (Mailbox.Item item : mailbox.waiting(largestMessage())) {
            if (!running || !leases.hold(LEASE, holder, lease)) {
                return false;
            }
            Taken taken = item.headersOnly() ? intake.tooLarge(item.raw(), item.size(), largestMessage())
                    : intake.take(item.raw());
            mailbox.move(item, taken.outcome().folder());
            messages.moved(taken.key());
            LOG.info("Mail {} taken: {}", taken.key(), taken.outcome().label());
        }
        boolean waiting = composer.composeDue();
        for (OutboxEntry entry : messages.unsent()) {
            try {
                outgoing.send(entry.raw(), entry.recipient());
                messages.sent(entry.key());
            } catch (MessagingException e) {
                messages.sendFailed(entry.key(), e.getMessage());
                health.failing("sending to " + entry.recipient() + ": " + e.getMessage());
                LOG.warn("The reply to {} was not accepted ({}); it stays in the outbox", entry.key(), e.getMessage());
            }
        }
        return waiting;
    }

    /**
     * A message is read only if it could be made of the returns it may carry and some text: a larger
     * one is not downloaded at all, but failed from its headers.
     */
    private long largestMessage() {
        // base64 makes an attachment a third larger in the message than on disk
        return (config.maxAttachments() + 1L) * config.maxAttachmentBytes() * 4 / 3;
    }

    /** Twice the poll interval at each failure in a row, up to a quarter of an hour. */
    private Duration backOff(int failures) {
        long seconds = (long) config.pollSeconds() << Math.min(failures, 20);
        return seconds > LONGEST_PAUSE.toSeconds() ? LONGEST_PAUSE : Duration.ofSeconds(seconds);
    }

    private void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    /** Stops at the next message boundary and gives up the lease for another replica. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            leases.release(LEASE, holder);
        } catch (StoreException e) {
            // the database is going too; the lease runs out by itself
        }
    }
}
