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
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.ragbook.config.MailConfig;
import org.ragbook.config.MailSecurity;
import org.ragbook.config.RagbookConfig;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.service.Ragbook;
import org.ragbook.store.Role;
import org.ragbook.web.TestServer;

/**
 * A real SMTP and IMAP server (GreenMail, in this JVM) holding the shared mailbox and every sender's
 * own mailbox, and a real Ragbook service reading the one and answering into the others.
 */
final class MailRig implements AutoCloseable {

    static final String MAILBOX = "returns@ragbook.test";
    static final String PUBLIC_URL = "https://ragbook.example.test";
    private static final String LOGIN = "returns";
    private static final String PASSWORD = "mailbox-password";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final GreenMail greenMail;
    private final RagbookConfig config;
    private Ragbook ragbook;

    MailRig(Path data) {
        greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        greenMail.start();
        greenMail.setUser(MAILBOX, LOGIN, PASSWORD);
        RagbookConfig base = TestServer.config(data, 25, 5_000);
        MailConfig mail = new MailConfig("localhost", greenMail.getImap().getPort(), "localhost",
                greenMail.getSmtp().getPort(), MailSecurity.NONE, LOGIN, PASSWORD, MAILBOX, "INBOX", 1, 3, 5);
        config = new RagbookConfig(base.port(), base.data(), base.maxUploadMb(), base.dbUrl(), base.dbUser(),
                base.dbPassword(), base.dbPoolSize(), base.workers(), base.leaseSeconds(), base.syncRowLimit(),
                base.schemas(), base.adminName(), base.adminOrganisation(), Optional.of(PUBLIC_URL), Optional.of(mail));
    }

    /** Starts (or, after {@link #stopRagbook}, restarts on the same database) the service. */
    Ragbook startRagbook() {
        ragbook = Ragbook.start(config, SchemaCatalog.builtIn(), new PrintWriter(new StringWriter()));
        return ragbook;
    }

    void stopRagbook() {
        ragbook.close();
        ragbook = null;
    }

    RagbookConfig config() {
        return config;
    }

    Ragbook ragbook() {
        return ragbook;
    }

    void user(String name, String organisation, String email) {
        ragbook.users().add(name, organisation, Role.SUBMITTER, email);
    }

    /** Puts a message in the shared mailbox's inbox exactly as written, headers and all. */
    void deliver(byte[] raw) {
        try {
            greenMail.getUserManager().getUserByEmail(MAILBOX)
                    .deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What has arrived in someone's own inbox, as their mail client would show it. */
    List<MimeMessage> inboxOf(String address) {
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
    int count(String folder) {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("localhost", greenMail.getImap().getPort(), LOGIN, PASSWORD);
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

    /** Waits for a condition the service brings about on its own time, failing the test after a minute. */
    static void eventually(String what, BooleanSupplier condition) {
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
        if (ragbook != null) {
            ragbook.close();
        }
        greenMail.stop();
    }
}
