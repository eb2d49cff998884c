package org.ragbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's own behaviour: help, version, and refusing bad arguments before any work. */
class MainTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "annotate", "validate", "template", "schemas", "serve"})
    void every_command_explains_itself_with_help_and_exits_0(String command) {
        CliRun run = command.isEmpty() ? CliRun.of("--help") : CliRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: ragbook").contains("--help").contains("--version");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "annotate", "validate", "template", "schemas", "serve"})
    void every_command_tells_its_version_and_exits_0(String command) {
        CliRun run = command.isEmpty() ? CliRun.of("--version") : CliRun.of(command, "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("ragbook");
    }

    @Test
    void the_help_lists_the_commands_and_what_the_exit_codes_mean() {
        String help = CliRun.of("--help").out();

        assertThat(help).contains("annotate", "validate", "template", "schemas", "serve", "--schemas");
        assertThat(help).contains("Exit codes:").contains("the return has errors");
    }

    @Test
    void without_a_command_it_lists_the_commands_and_exits_2() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Name a command").contains("annotate", "validate", "schemas", "serve");
    }

    @Test
    void serve_names_its_environment_variables_and_defaults() {
        String help = CliRun.of("serve", "--help").out();

        assertThat(help).contains("RAGBOOK_PORT", "RAGBOOK_DATA", "RAGBOOK_MAX_UPLOAD_MB");
    }

    @Test
    void an_input_that_does_not_exist_is_one_line_on_stderr_and_exit_2(@TempDir Path dir) {
        Path missing = dir.resolve("returns.xlsx");

        CliRun run = CliRun.of("validate", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ragbook: There is no file " + missing + "." + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void an_output_that_is_neither_xlsx_nor_csv_is_a_usage_error(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("returns.csv"), "Indicator ID\n");

        CliRun run = CliRun.of("annotate", input.toString(), "-o", dir.resolve("out.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("OUT must end in .xlsx or .csv").doesNotContain("Exception");
    }

    @Test
    void a_schema_folder_that_does_not_exist_is_a_usage_error_wherever_the_option_is_given(@TempDir Path dir) {
        String missing = dir.resolve("no-such-folder").toString();

        CliRun before = CliRun.of("--schemas", missing, "schemas");
        CliRun after = CliRun.of("schemas", "--schemas", missing);

        assertThat(before.exitCode()).isEqualTo(2);
        assertThat(before.err()).contains("The schema folder " + missing + " does not exist");
        assertThat(after.exitCode()).isEqualTo(2);
        assertThat(after.err()).contains("The schema folder " + missing + " does not exist");
    }

    @Test
    void a_broken_schema_file_is_one_line_naming_it_and_exit_2(@TempDir Path schemas) throws Exception {
        Files.writeString(schemas.resolve("broken.yaml"), "id: broken\n");

        CliRun run = CliRun.of("--schemas", schemas.toString(), "schemas");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("ragbook: broken.yaml").hasLineCount(1).doesNotContain("Exception");
    }

    @Test
    void an_unknown_option_is_a_usage_error_with_exit_2() {
        CliRun run = CliRun.of("validate", "--colour", "returns.xlsx");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--colour'");
    }
}
