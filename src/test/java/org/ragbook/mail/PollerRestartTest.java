package org.ragbook.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ragbook.mail.MailRig.eventually;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.fixtures.FixtureReadme;
import org.ragbook.store.Database;
import org.ragbook.store.MailMessages;
import org.ragbook.store.SubmissionFilter;

/**
 * A service stopped in the middle of a batch of mail and started again answers every message exactly
 * once: none lost, none submitted or answered twice.
 */
class PollerRestartTest {

    private static final String ANALYST = "analyst@leics.test";
    private static final List<String> RETURNS = List.of("phof-dashboard.xlsx", "bcf-metrics.xlsx",
            "cancer-waits-dec-2020.xlsx", "covid-deaths-feb-2021.xlsx", "nhs-constitution-metrics.xlsx",
            "phof-age-bands.xlsx");

    @TempDir
    Path dir;
    private MailRig rig;

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void stopped_mid_batch_and_restarted_every_message_is_answered_once() throws Exception {
        rig = new MailRig(dir);
        rig.startRagbook();
        rig.user("analyst", "Leicestershire", ANALYST);
        IntStream.range(0, RETURNS.size()).forEach(i -> rig.deliver(TestMessage.from(ANALYST, messageId(i))
                .attach(FixtureReadme.path(RETURNS.get(i))).raw()));

        eventually("the first message taken", () -> rig.count("Processed") >= 1);
        rig.stopRagbook();
        int answeredBeforeRestart = rig.inboxOf(ANALYST).size();
        rig.startRagbook();

        eventually("every message answered", () -> rig.inboxOf(ANALYST).size() >= RETURNS.size());
        Thread.sleep(2_000); // rounds enough for any second reply to show
        assertThat(answeredBeforeRestart).as("replies sent before the stop").isLessThan(RETURNS.size());
        assertThat(rig.inboxOf(ANALYST)).extracting(PollerRestartTest::inReplyTo)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, RETURNS.size()).mapToObj(i -> messageId(i))
                        .toList());
        assertThat(rig.count("Processed")).isEqualTo(RETURNS.size());
        assertThat(rig.count("INBOX")).isZero();
        assertThat(rig.ragbook().submissions().list(new SubmissionFilter(null, null, null, null), 1, 50).total())
                .isEqualTo(RETURNS.size());
    }

    @Test
    void a_message_kept_by_a_process_that_died_before_settling_it_is_settled_and_answered_once() throws Exception {
        rig = new MailRig(dir);
        rig.startRagbook();
        rig.user("analyst", "Leicestershire", ANALYST);
        byte[] raw = TestMessage.from(ANALYST, "<kept-then-died@leics.test>")
                .attach(FixtureReadme.path("phof-dashboard.xlsx")).raw();
        rig.stopRagbook();
        // What a process leaves when it dies just after keeping a message: the row, no outcome, no submissions.
        try (Database database = Database.open(rig.config().dbUrl(), rig.config().dbUser(),
                rig.config().dbPassword(), 1)) {
            new MailMessages(database).keep("<kept-then-died@leics.test>", "<kept-then-died@leics.test>", ANALYST,
                    "March return", raw);
        }
        rig.deliver(raw);
        rig.startRagbook();

        eventually("the reply", () -> !rig.inboxOf(ANALYST).isEmpty());
        Thread.sleep(2_000);
        assertThat(rig.inboxOf(ANALYST)).hasSize(1);
        assertThat(ReceivedMail.attachments(rig.inboxOf(ANALYST).get(0))).hasSize(1);
        assertThat(rig.count("Processed")).isEqualTo(1);
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
