package org.ragbook.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ragbook.mail.MailRig.eventually;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.fixtures.FixtureReadme;
import org.ragbook.store.Database;
import org.ragbook.store.MailMessages;

/**
 * Each step a dying process can leave half done is finished once by the next: here, a message kept
 * but not yet settled. (MailKillAndRestartTest kills a real service process mid-batch.)
 */
class PollerRestartTest {

    private static final String ANALYST = "analyst@leics.test";

    @TempDir
    Path dir;
    private MailRig rig;

    @AfterEach
    void stop() {
        rig.close();
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
}
