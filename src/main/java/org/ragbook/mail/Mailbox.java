package org.ragbook.mail;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.ragbook.config.MailConfig;

/**
 * The shared mailbox over IMAP: the messages in the incoming folder, and moving one to the folder
 * named for how it ended. Messages are moved, never deleted.
 */
final class Mailbox implements AutoCloseable {

    /**
     * One message in the incoming folder, with its whole MIME as the server holds it — or, for a
     * message over the size limit, only its headers, so that it can be told of without reading it.
     */
    record Item(Message message, byte[] raw, boolean headersOnly, long size) {
    }

    /**
     * An IDLE is ended and begun again at least this often, well within the read timeout and the 29
     * minutes after which RFC 2177 lets a server drop an idle client.
     */
    private static final Duration LONGEST_IDLE = Duration.ofMinutes(4);

    private final Store store;
    private final IMAPFolder incoming;

    private Mailbox(Store store, IMAPFolder incoming) {
        this.store = store;
        this.incoming = incoming;
    }

    static Mailbox open(MailConfig config) throws MessagingException {
        Store store = MailSessions.imap(config).getStore(MailSessions.imapProtocol(config));
        store.connect(config.imapHost(), config.imapPort(), config.user(), config.password());
        try {
            IMAPFolder incoming = (IMAPFolder) store.getFolder(config.folder());
            incoming.open(Folder.READ_WRITE);
            return new Mailbox(store, incoming);
        } catch (MessagingException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The messages waiting, oldest first, each read whole unless it is larger than {@code maxBytes}. */
    List<Item> waiting(long maxBytes) throws MessagingException, IOException {
        List<Item> items = new ArrayList<>();
        for (Message message : incoming.getMessages()) {
            if (message.isExpunged()) {
                continue;
            }
            long size = message.getSize();
            if (size > maxBytes) {
                items.add(new Item(message, headers(message), true, size));
                continue;
            }
            ByteArrayOutputStream raw = new ByteArrayOutputStream((int) Math.max(1024, size));
            message.writeTo(raw);
            items.add(new Item(message, raw.toByteArray(), false, size));
        }
        return items;
    }

    private static byte[] headers(Message message) throws MessagingException {
        StringBuilder headers = new StringBuilder();
        java.util.Enumeration<String> lines = ((jakarta.mail.internet.MimeMessage) message).getAllHeaderLines();
        while (lines.hasMoreElements()) {
            headers.append(lines.nextElement()).append("\r\n");
        }
        return headers.append("\r\n").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Moves the message to the named folder beside the incoming one, making the folder the first time. */
    void move(Item item, String folderName) throws MessagingException {
        Folder target = store.getDefaultFolder().getFolder(folderName);
        if (!target.exists() && !target.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("the mailbox would not create the folder " + folderName);
        }
        Message[] one = {item.message()};
        if (((IMAPStore) store).hasCapability("MOVE")) {
            incoming.moveMessages(one, target);
        } else {
            incoming.copyMessages(one, target);
            item.message().setFlag(jakarta.mail.Flags.Flag.DELETED, true);
            incoming.expunge(one);
        }
    }

    /**
     * Returns when mail may have arrived: at once under IMAP IDLE when new mail comes, and at the
     * latest after {@code most} (or four minutes). Servers without IDLE are simply waited on for
     * {@code most}.
     */
    void waitForMail(Duration most) throws MessagingException, InterruptedException {
        if (!((IMAPStore) store).hasCapability("IDLE")) {
            Thread.sleep(most.toMillis());
            return;
        }
        ScheduledExecutorService alarm = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ragbook-mail-idle-alarm");
            thread.setDaemon(true);
            return thread;
        });
        // A command on the folder from another thread ends the IDLE. It must be one that goes to the
        // server: getMessageCount answers from its cache within a second of the last command, and so
        // left the IDLE running until new mail came.
        ScheduledFuture<?> wake = alarm.schedule(() -> {
            try {
                incoming.doCommand(protocol -> {
                    protocol.simpleCommand("NOOP", null);
                    return null;
                });
            } catch (MessagingException e) {
                // the connection is going; the idle ends with it
            }
        }, Math.min(most.toMillis(), LONGEST_IDLE.toMillis()), TimeUnit.MILLISECONDS);
        try {
            incoming.idle(true);
        } finally {
            wake.cancel(false);
            alarm.shutdownNow();
        }
    }

    @Override
    public void close() {
        try {
            if (incoming.isOpen()) {
                incoming.close(false);
            }
        } catch (MessagingException e) {
            // closing a broken connection; nothing is lost, the next poll opens a new one
        }
        try {
            store.close();
        } catch (MessagingException e) {
            // as above
        }
    }
}
