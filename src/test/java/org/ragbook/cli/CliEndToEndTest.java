package org.ragbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ragbook.fixtures.AnnotatedWorkbook;
import org.ragbook.fixtures.FixtureReadme;
import org.ragbook.fixtures.FixtureReadme.BadReturn;
import org.ragbook.fixtures.FixtureReadme.GoodReturn;
import org.ragbook.fixtures.FixtureReadme.UnreadableFile;
import org.ragbook.fixtures.ReportExpectations;
import org.ragbook.report.AnnotatedFileName;
import org.ragbook.report.Report;
import org.ragbook.report.ReportJson;

/** The fixtures of test-fixtures/README.md through the command line, as an analyst runs it. */
class CliEndToEndTest {

    /** The README tables of test-fixtures/ that these tests run over, one row a case. */
    private static final String FIXTURES = "org.ragbook.fixtures.FixtureReadme#";

    private static final String NL = System.lineSeparator();

    @TempDir
    Path out;

    @ParameterizedTest
    @MethodSource(FIXTURES + "goodReturns")
    void each_good_return_is_annotated_into_a_workbook_with_summary_and_validation_sheets_and_fills(GoodReturn good) {
        Path annotated = out.resolve(AnnotatedFileName.of(good.file(), "xlsx"));
        Path json = out.resolve("report.json");

        CliRun run = CliRun.of("annotate", FixtureReadme.path(good.file()).toString(), "--schema", good.schema(),
                "-o", annotated.toString(), "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Annotated " + good.file() + " with " + good.schema() + ": ")
                .contains("; 0 errors, ").endsWith(" → " + annotated + NL);
        AnnotatedWorkbook workbook = AnnotatedWorkbook.open(annotated);
        assertThat(workbook.sheetNames()).contains("Summary", "Validation");
        Report report = ReportJson.read(json);
        assertThat(report.observations()).isNotEmpty();
        ReportExpectations.colouredEveryAssessedValue(report, workbook);
    }

    @ParameterizedTest
    @MethodSource(FIXTURES + "goodReturns")
    void each_good_return_validates_without_errors_and_exit_0(GoodReturn good) {
        CliRun run = CliRun.of("validate", FixtureReadme.path(good.file()).toString(), "--schema", good.schema());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).doesNotContain("error  ");
    }

    @ParameterizedTest
    @MethodSource(FIXTURES + "goodReturns")
    void each_good_return_finds_its_own_schema_when_none_is_named(GoodReturn good) {
        CliRun run = CliRun.of("validate", FixtureReadme.path(good.file()).toString());

        assertThat(run.out()).contains("Validated " + good.file() + " with " + good.schema() + ": ");
    }

    @Test
    void the_phof_dashboard_comes_out_as_the_paper_coloured_it_18_green_12_amber_3_red_5_not_compared() {
        Path annotated = out.resolve("phof-dashboard-annotated.xlsx");
        Path json = out.resolve("report.json");

        CliRun run = CliRun.of("annotate", FixtureReadme.path("phof-dashboard.xlsx").toString(), "-o",
                annotated.toString(), "--json", json.toString());

        assertThat(run.out()).contains("18 green, 12 amber, 3 red, 5 not compared; 0 errors");
        ReportExpectations.hasThePapersColours(ReportJson.read(json));
        AnnotatedWorkbook workbook = AnnotatedWorkbook.open(annotated);
        assertThat(workbook.summaryNumber("green")).contains(18.0);
        assertThat(workbook.summaryNumber("amber")).contains(12.0);
        assertThat(workbook.summaryNumber("red")).contains(3.0);
        assertThat(workbook.summaryNumber("not compared")).contains(5.0);
    }

    @Test
    void a_csv_return_annotated_as_a_workbook_has_the_same_colours() {
        Path json = out.resolve("report.json");

        CliRun run = CliRun.of("annotate", FixtureReadme.path("phof-dashboard.csv").toString(), "-o",
                out.resolve("phof.xlsx").toString(), "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        ReportExpectations.hasThePapersColours(ReportJson.read(json));
        assertThat(AnnotatedWorkbook.open(out.resolve("phof.xlsx")).sheetNames()).contains("Summary", "Validation");
    }

    @Test
    void without_o_the_annotated_copy_is_written_next_to_the_return() throws Exception {
        Path input = Files.copy(FixtureReadme.path("bcf-metrics.xlsx"), out.resolve("bcf-metrics.xlsx"));

        CliRun run = CliRun.of("annotate", input.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("bcf-metrics-annotated.xlsx")).isRegularFile();
        assertThat(run.out()).endsWith(" → " + out.resolve("bcf-metrics-annotated.xlsx") + NL);
    }

    @Test
    void a_csv_return_without_o_is_annotated_as_csv_next_to_it() throws Exception {
        Path input = Files.copy(FixtureReadme.path("phof-dashboard.csv"), out.resolve("phof-dashboard.csv"));

        CliRun run = CliRun.of("annotate", input.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("phof-dashboard-annotated.csv")).get(0))
                .startsWith("Indicator ID,Indicator Name,Area Code");
    }

    @ParameterizedTest
    @MethodSource(FIXTURES + "badReturns")
    void each_bad_return_gives_its_rule_at_its_cell_and_exit_1(BadReturn bad) {
        Path json = out.resolve("report.json");

        CliRun run = CliRun.of("validate", FixtureReadme.path(bad.file()).toString(), "--schema", bad.schema(),
                "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("error  " + bad.rule() + "  " + bad.where() + "  ");
        ReportExpectations.hasOnlyTheError(ReportJson.read(json), bad);
    }

    @ParameterizedTest
    @MethodSource(FIXTURES + "badReturns")
    void each_bad_return_is_still_annotated_so_the_analyst_sees_the_problem_in_place(BadReturn bad) {
        Path annotated = out.resolve("annotated.xlsx");

        CliRun run = CliRun.of("annotate", FixtureReadme.path(bad.file()).toString(), "--schema", bad.schema(),
                "-o", annotated.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("; 1 error, ");
        assertThat(AnnotatedWorkbook.open(annotated).sheetNames()).contains("Validation");
    }

    @ParameterizedTest
    @MethodSource(FIXTURES + "unreadableFiles")
    void each_unreadable_file_is_refused_in_one_line_naming_the_problem_with_exit_2(UnreadableFile unreadable) {
        Path annotated = out.resolve("annotated.xlsx");

        CliRun run = CliRun.of("annotate", FixtureReadme.path(unreadable.file()).toString(), "--schema",
                "phof-dashboard", "-o", annotated.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("ragbook: ").endsWith(NL).hasLineCount(1).doesNotContain("Exception");
        assertThat(run.err().toLowerCase(Locale.ROOT)).contains(unreadable.mentions().toLowerCase(Locale.ROOT));
        assertThat(run.out()).isEmpty();
        assertThat(annotated).doesNotExist();
    }

    @Test
    void an_unknown_schema_is_refused_in_one_line_listing_the_known_ones_with_exit_2() {
        CliRun run = CliRun.of("validate", FixtureReadme.path("phof-dashboard.xlsx").toString(), "--schema", "nope");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("ragbook: There is no schema 'nope'").contains("phof-dashboard")
                .hasLineCount(1);
    }

    @Test
    void schemas_lists_the_built_in_schemas_with_their_titles_and_indicator_counts() {
        CliRun run = CliRun.of("schemas");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^phof-dashboard +\\S.* \\(\\d+ indicators\\)$")
                .contains("nhs-constitution", "bcf-metrics");
    }

    @Test
    void a_schema_folder_replaces_the_built_in_schemas(@TempDir Path schemas) throws Exception {
        Files.copy(Path.of("workbook-templates/schemas/phof-dashboard.yaml"), schemas.resolve("phof-dashboard.yaml"));

        CliRun listed = CliRun.of("--schemas", schemas.toString(), "schemas");
        CliRun refused = CliRun.of("validate", FixtureReadme.path("bcf-metrics.xlsx").toString(), "--schemas",
                schemas.toString(), "--schema", "bcf-metrics");

        assertThat(listed.out()).contains("phof-dashboard").doesNotContain("bcf-metrics");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("There is no schema 'bcf-metrics'");
    }

    @Test
    void template_writes_a_blank_return_that_opens_with_the_header_row_ragbook_reads() {
        Path template = out.resolve("phof-template.xlsx");

        CliRun run = CliRun.of("template", "phof-dashboard", "-o", template.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Wrote the phof-dashboard template (35 indicators) → " + template + NL);
        AnnotatedWorkbook workbook = AnnotatedWorkbook.open(template);
        assertThat(workbook.sheetNames()).contains("Indicators", "Instructions");
        assertThat(workbook.row("Indicators", 0)).startsWith("Indicator ID", "Indicator Name", "Area Code");
    }

    @Test
    void template_with_the_upload_layout_writes_the_pholio_sheet_and_refuses_a_schema() throws IOException {
        Path template = out.resolve("upload.xlsx");

        CliRun run = CliRun.of("template", "--layout", "fingertips-upload", "-o", template.toString());
        CliRun withSchema = CliRun.of("template", "phof-dashboard", "--layout", "fingertips-upload", "-o",
                template.toString());
        CliRun noSchema = CliRun.of("template", "-o", template.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote the Fingertips upload template");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(template))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("PHOLIO");
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("IndicatorId");
        }
        assertThat(withSchema.exitCode()).isEqualTo(2);
        assertThat(withSchema.err()).contains("leave out SCHEMA");
        assertThat(noSchema.exitCode()).isEqualTo(2);
        assertThat(noSchema.err()).contains("Name the schema");
    }

    @Test
    void template_refuses_an_unknown_schema_in_one_line_with_exit_2() {
        CliRun run = CliRun.of("template", "nope", "-o", out.resolve("t.xlsx").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("ragbook: There is no schema 'nope'").hasLineCount(1);
        assertThat(out.resolve("t.xlsx")).doesNotExist();
    }
}
