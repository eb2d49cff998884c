package org.ragbook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ragbook.mail.TestMailServer.eventually;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.fixtures.FixtureReadme;
import org.ragbook.mail.ReceivedMail;
import org.ragbook.mail.TestMailServer;
import org.ragbook.mail.TestMessage;
import org.ragbook.web.ApiClient;

/**
 * {@code ragbook serve} configured by the RAGBOOK_MAIL_* variables alone, as an operator starts it,
 * killed with kill -9 in the middle of a batch of mail and started again: every message is answered
 * exactly once, with its annotated workbook, and every return is one submission.
 */
class MailKillAndRestartTest {

    private static final String ANALYST = "analyst@leics.test";
    private static final List<String> RETURNS = List.of("phof-dashboard.xlsx", "bcf-metrics.xlsx",
            "cancer-waits-dec-2020.xlsx", "covid-deaths-feb-2021.xlsx", "nhs-constitution-metrics.xlsx",
            "phof-age-bands.xlsx", "nhs-constitution-24-months.xlsx", "phof-dashboard.csv");

    @TempDir
    Path data;

    @Test
    void killed_mid_batch_and_restarted_the_service_answers_every_message_once() throws Exception {
        try (TestMailServer mail = new TestMailServer()) {
            Map<String, String> settings = new HashMap<>(mail.environment());
            settings.putAll(Map.of("RAGBOOK_PORT", "0", "RAGBOOK_DATA", data.resolve("service").toString(),
                    "RAGBOOK_LEASE_SECONDS", "3", "RAGBOOK_PUBLIC_URL", "https://ragbook.example.test"));
            String token;
            int answeredBeforeTheKill;
            try (ServiceProcess first = ServiceProcess.start(data, settings)) {
                token = first.adminToken().orElseThrow(() -> new AssertionError(first.output()));
                HttpResponse<byte[]> added = addMailUser(ApiClient.of(first.port(), token));
                assertThat(added.statusCode()).as(new String(added.body())).isEqualTo(201);
                IntStream.range(0, RETURNS.size()).forEach(i -> mail.deliver(TestMessage.from(ANALYST, messageId(i))
                        .attach(FixtureReadme.path(RETURNS.get(i))).raw()));

                eventually("the first message taken", () -> mail.count("Processed") >= 1);
                first.kill();
                answeredBeforeTheKill = mail.inboxOf(ANALYST).size();
            }
            assertThat(answeredBeforeTheKill).as("replies sent before the kill").isLessThan(RETURNS.size());

            try (ServiceProcess second = ServiceProcess.start(data, settings)) {
                try {
                    eventually("every message answered", () -> mail.inboxOf(ANALYST).size() >= RETURNS.size());
                } catch (AssertionError late) {
                    throw new AssertionError(late.getMessage() + ": " + mail.inboxOf(ANALYST).size() + " replies;"
                            + " the restarted service said:\n" + second.output(), late);
                }
                Thread.sleep(3_000); // rounds enough for any second reply to show

                List<MimeMessage> replies = mail.inboxOf(ANALYST);
                assertThat(replies).extracting(MailKillAndRestartTest::inReplyTo).as(second.output())
                        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, RETURNS.size())
                                .mapToObj(MailKillAndRestartTest::messageId).toList());
                for (MimeMessage reply : replies) {
                    assertThat(ReceivedMail.attachments(reply)).as(reply.getSubject()).hasSize(1);
                }
                assertThat(mail.count("Processed")).isEqualTo(RETURNS.size());
                assertThat(mail.count("INBOX")).isZero();
                assertThat(ApiClient.json(ApiClient.of(second.port(), token).get("/api/returns?size=100"))
                        .get("total").asInt()).isEqualTo(RETURNS.size());
            }
        }
    }

    private static HttpResponse<byte[]> addMailUser(ApiClient admin) {
        return admin.send(admin.request("/api/users").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"analyst\",\"organisation\":\"Leicestershire\","
                        + "\"role\":\"submitter\",\"email\":\"" + ANALYST + "\"}")).build());
    }

    private static String messageId(int i) {
        return "<batch-" + i + "@leics.test>";
    }

    private static String inReplyTo(MimeMessage reply) {
        try {
            return reply.getHeader("In-Reply-To", null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
