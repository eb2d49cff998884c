package org.ragbook.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ragbook.mail.MailRig.eventually;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.fixtures.FixtureReadme;
import org.ragbook.store.Channel;
import org.ragbook.store.SubmissionRecord;

/**
 * Returns emailed to the shared mailbox, answered by reply: what each sender finds in their own
 * mailbox, and which folder each message ends in, with real SMTP and IMAP servers.
 */
class EmailSubmissionTest {

    private static final String ANALYST = "analyst@leics.test";

    @TempDir
    Path dir;
    private MailRig rig;

    @BeforeEach
    void start() {
        rig = new MailRig(dir);
        rig.startRagbook();
        rig.user("analyst", "Leicestershire", "Analyst@Leics.test");
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void a_valid_return_is_answered_in_the_thread_with_its_counts_findings_link_and_annotated_workbook()
            throws Exception {
        rig.deliver(TestMessage.from(ANALYST, "<march-1@leics.test>").attach(fixture("phof-dashboard.xlsx")).raw());

        MimeMessage reply = rig.onlyReplyTo(ANALYST);
        assertThat(reply.getSubject()).isEqualTo("Re: March return");
        assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo("<march-1@leics.test>");
        assertThat(reply.getHeader("References", null)).isEqualTo("<march-1@leics.test>");
        assertThat(reply.getFrom()[0].toString()).isEqualTo(MailRig.MAILBOX);
        String text = ReceivedMail.text(reply, "text/plain");
        assertThat(text).contains("Of the comparable indicators, 18 are green, 12 amber and 3 red.")
                .contains("The annotated workbook is attached: phof-dashboard-annotated.xlsx")
                .contains(MailRig.PUBLIC_URL + "/?submission=");
        assertThat(ReceivedMail.text(reply, "text/html")).contains("<li>Analysis shows that of the comparable indicators, 18 are green");
        List<ReceivedMail.Attached> files = ReceivedMail.attachments(reply);
        assertThat(files).extracting(ReceivedMail.Attached::name).containsExactly("phof-dashboard-annotated.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.get(0).content()))) {
            assertThat(workbook.getSheet("Summary")).isNotNull();
            assertThat(workbook.getSheet("Narrative")).isNotNull();
        }
        eventually("the message in Processed", () -> rig.count("Processed") == 1);
        assertThat(rig.count("INBOX")).isZero();
        SubmissionRecord stored = onlySubmission();
        assertThat(stored.channel()).isEqualTo(Channel.EMAIL);
        assertThat(stored.submittedBy()).isEqualTo("analyst");
        assertThat(stored.organisation()).isEqualTo("Leicestershire");
        assertThat(text).contains(stored.id());
    }

    @Test
    void a_bad_return_is_answered_with_its_findings_at_their_cells() throws Exception {
        rig.deliver(TestMessage.from(ANALYST, "<bad-1@leics.test>").attach(fixture("bad-value-not-number.xlsx")).raw());

        String text = ReceivedMail.text(rig.onlyReplyTo(ANALYST), "text/plain");
        FixtureReadme.BadReturn bad = FixtureReadme.badReturns().stream()
                .filter(b -> b.file().equals("bad-value-not-number.xlsx")).findFirst().orElseThrow();
        assertThat(text).contains("error — " + bad.sheet() + "!" + bad.cell() + ": ");
    }

    @Test
    void two_returns_in_one_message_get_one_reply_with_both_workbooks_and_the_rest_listed_as_not_read_as_text()
            throws Exception {
        rig.deliver(TestMessage.from(ANALYST, "<two-1@leics.test>").attach(fixture("phof-dashboard.xlsx"))
                .attach(fixture("bcf-metrics.xlsx"))
                .attach("<img src=x onerror=alert(1)>.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}).raw());

        MimeMessage reply = rig.onlyReplyTo(ANALYST);
        assertThat(ReceivedMail.attachments(reply)).extracting(ReceivedMail.Attached::name)
                .containsExactly("phof-dashboard-annotated.xlsx", "bcf-metrics-annotated.xlsx");
        assertThat(ReceivedMail.text(reply, "text/plain")).contains("Ragbook has read 2 returns from your message")
                .contains("<img src=x onerror=alert(1)>.png (not a return: only .xlsx and .csv attachments are read)");
        assertThat(ReceivedMail.text(reply, "text/html")).as("the sender's words are never markup in the reply")
                .contains("&lt;img src=x onerror=alert(1)&gt;.png").doesNotContain("<img");
    }

    @Test
    void a_message_with_no_return_is_answered_saying_so() throws Exception {
        rig.deliver(TestMessage.from(ANALYST, "<none-1@leics.test>").subject("Question about the return").raw());

        MimeMessage reply = rig.onlyReplyTo(ANALYST);
        assertThat(ReceivedMail.text(reply, "text/plain")).contains("Ragbook found no return in your message");
        assertThat(ReceivedMail.attachments(reply)).isEmpty();
        eventually("the message in Processed", () -> rig.count("Processed") == 1);
    }

    @Test
    void mail_from_someone_who_is_no_user_is_rejected_unread_and_answered_once_without_attachments()
            throws Exception {
        byte[] message = TestMessage.from("stranger@elsewhere.test", "<stranger-1@elsewhere.test>")
                .attach(fixture("phof-dashboard.xlsx")).raw();
        rig.deliver(message);
        eventually("the message in Rejected", () -> rig.count("Rejected") == 1);
        rig.deliver(message); // the same message again, as a retrying gateway sends it

        eventually("both copies in Rejected", () -> rig.count("Rejected") == 2);
        MimeMessage reply = rig.onlyReplyTo("stranger@elsewhere.test");
        assertThat(ReceivedMail.text(reply, "text/plain")).contains("stranger@elsewhere.test is not the address of a Ragbook user");
        assertThat(ReceivedMail.attachments(reply)).isEmpty();
        assertThat(rig.submissions()).isEmpty();
    }

    @Test
    void the_reply_goes_to_the_from_address_only_never_to_a_forged_reply_to_or_the_cc() throws Exception {
        rig.deliver(TestMessage.from(ANALYST, "<forged-1@leics.test>").replyTo("thief@evil.test")
                .cc("boss@leics.test").attach(fixture("phof-dashboard.xlsx")).raw());

        MimeMessage reply = rig.onlyReplyTo(ANALYST);
        assertThat(reply.getAllRecipients()).extracting(Object::toString).containsExactly(ANALYST);
        Thread.sleep(1_500); // a round more of the poller: anything misdirected would have gone by now
        assertThat(rig.inboxOf("thief@evil.test")).isEmpty();
        assertThat(rig.inboxOf("boss@leics.test")).isEmpty();
    }

    @Test
    void a_message_without_a_message_id_is_processed_once_and_answered_unthreaded() throws Exception {
        rig.deliver(TestMessage.from(ANALYST, null).withoutMessageId().attach(fixture("phof-dashboard.xlsx")).raw());

        MimeMessage reply = rig.onlyReplyTo(ANALYST);
        assertThat(reply.getHeader("In-Reply-To")).isNull();
        assertThat(ReceivedMail.attachments(reply)).hasSize(1);
        eventually("the message in Processed", () -> rig.count("Processed") == 1);
        assertThat(onlySubmission().channel()).isEqualTo(Channel.EMAIL);
    }


    private SubmissionRecord onlySubmission() {
        List<SubmissionRecord> all = rig.submissions();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static Path fixture(String name) {
        return FixtureReadme.path(name);
    }
}
