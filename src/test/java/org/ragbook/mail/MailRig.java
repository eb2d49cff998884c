package org.ragbook.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jakarta.mail.internet.MimeMessage;
import org.ragbook.config.MailConfig;
import org.ragbook.config.MailSecurity;
import org.ragbook.config.RagbookConfig;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.service.Ragbook;
import org.ragbook.store.Role;
import org.ragbook.store.SubmissionFilter;
import org.ragbook.store.SubmissionRecord;
import org.ragbook.web.TestServer;

/** The test mail server and a real Ragbook service in this JVM reading its shared mailbox and answering into the others. */
final class MailRig implements AutoCloseable {

    static final String MAILBOX = TestMailServer.MAILBOX;
    static final String PUBLIC_URL = "https://ragbook.example.test";

    private final TestMailServer mail = new TestMailServer();
    private final RagbookConfig config;
    private Ragbook ragbook;

    MailRig(Path data) {
        this(data, 3, 5);
    }

    /** With these limits: returns read from one message, and the largest attachment read, in MB. */
    MailRig(Path data, int maxAttachments, int maxAttachmentMb) {
        RagbookConfig base = TestServer.config(data, 25, 5_000);
        MailConfig settings = new MailConfig("localhost", mail.imapPort(), "localhost", mail.smtpPort(),
                MailSecurity.NONE, TestMailServer.LOGIN, TestMailServer.PASSWORD, MAILBOX, "INBOX", 1, maxAttachments,
                maxAttachmentMb);
        config = new RagbookConfig(base.port(), base.data(), base.maxUploadMb(), base.dbUrl(), base.dbUser(),
                base.dbPassword(), base.dbPoolSize(), base.workers(), base.leaseSeconds(), base.syncRowLimit(),
                base.schemas(), base.adminName(), base.adminOrganisation(), Optional.of(URI.create(PUBLIC_URL)),
                Optional.of(settings));
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

    /** The mailbox goes away, as a server does for maintenance; the service must go on without it. */
    void stopMailServer() {
        mail.close();
    }

    void deliver(byte[] raw) {
        mail.deliver(raw);
    }

    List<MimeMessage> inboxOf(String address) {
        return mail.inboxOf(address);
    }

    int count(String folder) {
        return mail.count(folder);
    }

    /** The one reply that arrives for an address, after waiting long enough for a second, were one sent. */
    MimeMessage onlyReplyTo(String address) throws InterruptedException {
        eventually("a reply to " + address, () -> !inboxOf(address).isEmpty());
        Thread.sleep(1_500);
        List<MimeMessage> replies = inboxOf(address);
        assertThat(replies).as("replies to " + address).hasSize(1);
        return replies.get(0);
    }

    /** Every submission the service holds, newest first. */
    List<SubmissionRecord> submissions() {
        return ragbook.submissions().list(new SubmissionFilter(null, null, null, null), 1, 50).items();
    }

    static void eventually(String what, java.util.function.BooleanSupplier condition) {
        TestMailServer.eventually(what, condition);
    }

    @Override
    public void close() {
        if (ragbook != null) {
            ragbook.close();
        }
        mail.close();
    }
}
