package org.ragbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.config.ConfigLoader;
import org.ragbook.store.Database;
import org.ragbook.store.Role;
import org.ragbook.store.User;
import org.ragbook.store.Users;

/** `ragbook user add` puts a user in the service's database and prints the token they sign in with. */
class UserCommandTest {

    private static final Pattern TOKEN = Pattern.compile("^(rb_\\S+)$", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void adds_a_user_to_the_configured_database_and_prints_a_token_that_signs_them_in() throws IOException {
        Path config = Files.writeString(dir.resolve("ragbook.yaml"), "data: " + dir.resolve("data") + "\n");

        CliRun run = CliRun.of("user", "add", "--config", config.toString(), "--org", "Rutland County Council",
                "--role", "lead", "bcf-lead");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Added lead 'bcf-lead' of Rutland County Council");
        Matcher token = TOKEN.matcher(run.out());
        assertThat(token.find()).as(run.out()).isTrue();
        try (Database database = Database.open(ConfigLoader.embeddedDatabaseUrl(dir.resolve("data")), "sa", "", 2)) {
            assertThat(new Users(database).byToken(token.group(1))).map(User::role).contains(Role.LEAD);
        }
    }

    @Test
    void an_unknown_role_or_a_name_taken_is_one_line_and_exit_2() throws IOException {
        Path config = Files.writeString(dir.resolve("ragbook.yaml"), "data: " + dir.resolve("data") + "\n");

        CliRun badRole = CliRun.of("user", "add", "--config", config.toString(), "--org", "Rutland", "--role",
                "boss", "someone");
        CliRun.of("user", "add", "--config", config.toString(), "--org", "Rutland", "--role", "lead", "taken");
        CliRun taken = CliRun.of("user", "add", "--config", config.toString(), "--org", "Rutland", "--role",
                "lead", "taken");

        assertThat(badRole.exitCode()).isEqualTo(2);
        assertThat(badRole.err()).contains("--role must be submitter, lead or admin, not 'boss'");
        assertThat(taken.exitCode()).isEqualTo(2);
        assertThat(taken.err()).contains("There is already a user called 'taken'");
    }

    @Test
    void a_user_given_an_address_may_then_email_returns_from_it() throws IOException {
        Path config = Files.writeString(dir.resolve("ragbook.yaml"), "data: " + dir.resolve("data") + "\n");

        CliRun run = CliRun.of("user", "add", "--config", config.toString(), "--org", "Rutland", "--role",
                "submitter", "--email", "Returns@Rutland.test", "mailer");
        CliRun notAnAddress = CliRun.of("user", "add", "--config", config.toString(), "--org", "Rutland", "--role",
                "submitter", "--email", "Rutland returns", "mailer-2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Added submitter 'mailer' of Rutland <returns@rutland.test>");
        assertThat(notAnAddress.exitCode()).isEqualTo(2);
        assertThat(notAnAddress.err()).contains("'Rutland returns' is not an email address.");
        try (Database database = Database.open(ConfigLoader.embeddedDatabaseUrl(dir.resolve("data")), "sa", "", 2)) {
            assertThat(new Users(database).byEmail("returns@RUTLAND.test")).map(User::name).contains("mailer");
        }
    }
}
