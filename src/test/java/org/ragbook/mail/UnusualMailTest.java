package org.ragbook.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ragbook.mail.MailRig.eventually;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.fixtures.FixtureReadme;

/**
 * Mail as it really comes: broken MIME, more or larger attachments than allowed, out-of-office
 * replies, schemas named in subjects and gateways' tags, and a mailbox that goes away.
 */
class UnusualMailTest {

    private static final String ANALYST = "analyst@leics.test";

    @TempDir
    Path dir;
    private MailRig rig;

    @BeforeEach
    void start() {
        rig = new MailRig(dir, 3, 1); // at most 3 returns a message, 1 MB each: a message of over 5.3 MB is not read
        rig.startRagbook();
        rig.user("analyst", "Leicestershire", ANALYST);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void a_message_whose_mime_cannot_be_read_goes_to_failed_and_its_sender_is_told_why() throws Exception {
        rig.deliver(("From: " + ANALYST + "\r\nTo: " + MailRig.MAILBOX + "\r\nSubject: March return\r\n"
                + "Message-ID: <broken-1@leics.test>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n--XX\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
                + "--XX\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=\"march.xlsx\"\r\n\r\nUEsDB=A*\r\n--XX--\r\n")
                .getBytes(StandardCharsets.US_ASCII));

        eventually("the message in Failed", () -> rig.count("Failed") == 1);
        MimeMessage reply = rig.onlyReplyTo(ANALYST);
        assertThat(ReceivedMail.text(reply, "text/plain")).contains("Ragbook could not read your message:")
                .contains("BASE64");
        assertThat(rig.submissions()).isEmpty();
        assertThat(rig.count("INBOX")).isZero();
    }

    @Test
    void returns_beyond_the_limits_are_listed_as_not_read_and_the_rest_are_read() throws Exception {
        byte[] large = new byte[1024 * 1024 + 1];
        rig.deliver(TestMessage.from(ANALYST, "<many-1@leics.test>").attach(fixture("phof-dashboard.xlsx"))
                .attach(fixture("bcf-metrics.xlsx")).attach("huge.xlsx", large).attach(fixture("phof-age-bands.xlsx"))
                .attach(fixture("cancer-waits-dec-2020.xlsx")).attach("old.xls", new byte[] {1, 2, 3}).raw());

        MimeMessage reply = rig.onlyReplyTo(ANALYST);
        assertThat(ReceivedMail.attachments(reply)).hasSize(3);
        assertThat(ReceivedMail.text(reply, "text/plain"))
                .contains("huge.xlsx (larger than the 1 MB limit)")
                .contains("cancer-waits-dec-2020.xlsx (a message may carry at most 3 returns)")
                .contains("old.xls (only .xlsx and .csv returns are read: save it as an Excel Workbook (.xlsx))");
        assertThat(rig.submissions()).hasSize(3);
    }

    @Test
    void a_message_too_large_to_read_is_not_downloaded_but_failed_and_its_sender_told_the_limit() throws Exception {
        rig.deliver(TestMessage.from(ANALYST, "<huge-1@leics.test>").attach("everything.xlsx", new byte[6 * 1024 * 1024])
                .raw());

        eventually("the message in Failed", () -> rig.count("Failed") == 1);
        assertThat(ReceivedMail.text(rig.onlyReplyTo(ANALYST), "text/plain")).contains("Ragbook could not read your message:"
                + " it is 9 MB, larger than the 6 MB a message may be, so it was not read.");
        assertThat(rig.submissions()).isEmpty();
    }

    @Test
    void an_out_of_office_reply_is_taken_but_never_answered() throws Exception {
        rig.deliver(TestMessage.from(ANALYST, "<away-1@leics.test>").subject("Automatic reply: March return")
                .header("Auto-Submitted", "auto-replied").raw());

        eventually("the message in Processed", () -> rig.count("Processed") == 1);
        Thread.sleep(2_000);
        assertThat(rig.inboxOf(ANALYST)).isEmpty();
    }

    @Test
    void a_schema_named_in_brackets_in_the_subject_is_used_and_a_gateway_tag_is_not() throws Exception {
        rig.deliver(TestMessage.from(ANALYST, "<tagged-1@leics.test>").subject("[EXTERNAL] [bcf-metrics] Q3 return")
                .attach(fixture("bcf-metrics.xlsx")).raw());

        rig.onlyReplyTo(ANALYST);
        assertThat(rig.submissions()).singleElement().satisfies(s -> assertThat(s.schemaId()).isEqualTo("bcf-metrics"));
    }

    @Test
    void a_mailbox_that_goes_away_is_shown_failing_on_health_and_the_service_goes_on() {
        eventually("mail ok", () -> health().contains("\"mail\" : \"ok\""));

        rig.stopMailServer();

        eventually("mail failing on /health", () -> health().contains("\"mail\" : \"failing since "));
        assertThat(get("/").statusCode()).isEqualTo(200);
    }



    private String health() {
        return get("/health").body();
    }

    private HttpResponse<String> get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + rig.ragbook().port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Path fixture(String name) {
        return FixtureReadme.path(name);
    }
}
