package org.ragbook.mail;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;

/**
 * A real SMTP and IMAP server (GreenMail, in this JVM, on free ports) holding the shared mailbox
 * returns are sent to and every sender's own mailbox, where Ragbook's replies arrive.
 */
public final class TestMailServer implements AutoCloseable {

    public static final String MAILBOX = "returns@ragbook.test";
    static final String LOGIN = "returns";
    static final String PASSWORD = "mailbox-password";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final GreenMail greenMail;

    public TestMailServer() {
        greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        greenMail.start();
        greenMail.setUser(MAILBOX, LOGIN, PASSWORD);
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /** The RAGBOOK_MAIL_* variables an operator would set for this server, polling every second. */
    public Map<String, String> environment() {
        return Map.of("RAGBOOK_MAIL_IMAP_HOST", "localhost", "RAGBOOK_MAIL_IMAP_PORT", Integer.toString(imapPort()),
                "RAGBOOK_MAIL_SMTP_PORT", Integer.toString(smtpPort()), "RAGBOOK_MAIL_SECURITY", "none",
                "RAGBOOK_MAIL_USER", LOGIN, "RAGBOOK_MAIL_PASSWORD", PASSWORD, "RAGBOOK_MAIL_ADDRESS", MAILBOX,
                "RAGBOOK_MAIL_POLL_SECONDS", "1");
    }

    /** Puts a message in the shared mailbox's inbox exactly as written, headers and all. */
    public void deliver(byte[] raw) {
        try {
            greenMail.getUserManager().getUserByEmail(MAILBOX)
                    .deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What has arrived in someone's own inbox, as their mail client would show it. */
    public List<MimeMessage> inboxOf(String address) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of(); // GreenMail makes a mailbox at the first delivery: none, nothing came
        }
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(user).getNonDeletedMessages().stream()
                    .map(StoredMessage::getMimeMessage).toList();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many messages a folder of the shared mailbox holds, read over IMAP as any mail client would. */
    public int count(String folder) {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("localhost", imapPort(), LOGIN, PASSWORD);
            Folder f = store.getFolder(folder);
            if (!f.exists()) {
                return 0;
            }
            f.open(Folder.READ_ONLY);
            try {
                return f.getMessageCount();
            } finally {
                f.close(false);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for a condition the service brings about in its own time, failing the test after a minute. */
    public static void eventually(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
