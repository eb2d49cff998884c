package org.ragbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.fixtures.AnnotatedWorkbook;

/** `ragbook spc`: one series in, its XmR chart table and icons out, as the issue names the columns. */
class SpcCommandTest {

    /** A&E 4-hour performance, 24 months, the last 7 below the rest: a shift, under the 95% target. */
    private static final double[] FOUR_HOURS = {90.1, 89.5, 90.4, 89.8, 90.6, 89.9, 90.2, 89.7, 90.5, 90.0, 89.6, 90.3,
        90.1, 89.9, 90.4, 89.8, 90.2, 86.0, 85.4, 86.2, 85.7, 86.1, 85.5, 85.9};

    @TempDir
    Path dir;

    @Test
    void writes_every_periods_lines_rule_and_point_type_and_the_icons_as_json() throws IOException {
        Path series = series("2019-01-01");
        Path out = dir.resolve("chart.csv");
        Path json = dir.resolve("summary.json");

        CliRun run = CliRun.of("spc", series.toString(), "-o", out.toString(), "--direction", "increase",
                "--target", "95", "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("date,value,mean,lpl,upl,lower_2sigma,upper_2sigma,rule,point_type");
        assertThat(lines).hasSize(25);
        // the 17 months before the drop all sit above the mean the drop pulls down: a shift up
        assertThat(lines.get(1)).startsWith("2019-01-01,90.1,88.825,").endsWith(",special_cause_improvement");
        // the last month is below the lower process limit: the single-point rule, which outranks its shift
        assertThat(lines.get(24)).startsWith("2020-12-01,85.9,").endsWith(",single_point,special_cause_concern");
        JsonNode summary = new ObjectMapper().readTree(json.toFile());
        assertThat(summary.get("profile").asText()).isEqualTo("mdc");
        assertThat(summary.get("variation").asText()).isEqualTo("concern_low");
        assertThat(summary.get("assurance").asText()).isEqualTo("consistent_fail");
        assertThat(run.out()).contains("variation concern_low, assurance consistent_fail");
    }

    @Test
    void writes_a_workbook_when_the_output_is_xlsx() throws IOException {
        Path out = dir.resolve("chart.xlsx");

        CliRun run = CliRun.of("spc", series("2019-01-01").toString(), "-o", out.toString(), "--profile", "nhsr");

        assertThat(run.exitCode()).as(run.err()).isZero();
        AnnotatedWorkbook workbook = AnnotatedWorkbook.open(Files.readAllBytes(out));
        assertThat(workbook.row("SPC", 0)).containsExactly("date", "value", "mean", "lpl", "upl", "lower_2sigma",
                "upper_2sigma", "rule", "point_type");
        assertThat(workbook.row("SPC", 24)).last().isEqualTo("special_cause_concern");
    }

    @Test
    void a_missing_month_stops_the_chart_naming_the_cell_after_the_gap() throws IOException {
        StringBuilder csv = new StringBuilder("date,value\n");
        csv.append("01/01/2020,90\n01/02/2020,91\n01/04/2020,89\n");
        Path series = Files.writeString(dir.resolve("gap.csv"), csv);

        CliRun run = CliRun.of("spc", series.toString(), "-o", dir.resolve("out.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("gap!A4", "1 month missing before April 2020");
    }

    @Test
    void a_value_that_is_not_a_number_is_named_by_its_cell() throws IOException {
        Path series = Files.writeString(dir.resolve("bad.csv"), "date,value\n2020-01-01,90\n2020-02-01,n/a\n");

        CliRun run = CliRun.of("spc", series.toString(), "-o", dir.resolve("out.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad!B3", "'n/a' is not a number");
    }

    private Path series(String firstMonth) throws IOException {
        StringBuilder csv = new StringBuilder("date,value\n");
        java.time.LocalDate month = java.time.LocalDate.parse(firstMonth);
        for (double value : FOUR_HOURS) {
            csv.append(month).append(',').append(value).append('\n');
            month = month.plusMonths(1);
        }
        return Files.writeString(dir.resolve("four-hours.csv"), csv);
    }
}
