package org.ragbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.config.RagbookConfig;
import picocli.CommandLine;

/** `ragbook serve --port N --data DIR`: what is typed on the command line wins over the file and the environment. */
class ServeOptionsTest {

    @TempDir
    Path dir;

    @Test
    void port_and_data_given_as_options_override_the_settings_file_and_the_environment() throws IOException {
        Path config = Files.writeString(dir.resolve("prod.yaml"), "port: 8080\ndata: " + dir.resolve("from-file")
                + "\nworkers: 3\n");
        Path data = dir.resolve("from-option");

        RagbookConfig settings = serve("--config", config.toString(), "--port", "9191", "--data", data.toString())
                .settings(Map.of("RAGBOOK_PORT", "9000", "RAGBOOK_DATA", dir.resolve("from-env").toString()));

        assertThat(settings.port()).isEqualTo(9191);
        assertThat(settings.data()).isEqualTo(data);
        assertThat(settings.dbUrl()).contains(data.toString());
        assertThat(settings.workers()).as("what the options do not name still comes from the file").isEqualTo(3);
    }

    @Test
    void without_the_options_the_environment_still_overrides_the_file() throws IOException {
        Path config = Files.writeString(dir.resolve("prod.yaml"), "port: 8080\n");

        RagbookConfig settings = serve("--config", config.toString()).settings(Map.of("RAGBOOK_PORT", "9000"));

        assertThat(settings.port()).isEqualTo(9000);
    }

    @Test
    void a_bad_port_option_is_one_line_naming_the_option_and_exit_2() {
        CliRun run = CliRun.of("serve", "--port", "abc", "--data", dir.resolve("data").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("option --port: 'abc' is not a whole number");
    }

    @Test
    void user_add_writes_to_the_database_in_the_data_folder_given() {
        CliRun run = CliRun.of("user", "add", "--data", dir.resolve("data").toString(), "--org", "Rutland",
                "--role", "lead", "bcf-lead");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("data")).isDirectoryContaining(path -> path.getFileName().toString().startsWith("ragbook"));
    }

    @Test
    void serve_help_names_both_options() {
        assertThat(CliRun.of("serve", "--help").out()).contains("--port=N", "--data=DIR", "--config=FILE");
    }

    private static ServeCommand serve(String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "serve";
        System.arraycopy(options, 0, args, 1, options.length);
        CommandLine.ParseResult parsed = Main.commandLine().parseArgs(args);
        return (ServeCommand) parsed.subcommand().commandSpec().userObject();
    }
}
