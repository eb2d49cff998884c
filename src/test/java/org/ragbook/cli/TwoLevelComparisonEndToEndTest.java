package org.ragbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ragbook.fixtures.AnnotatedWorkbook;
import org.ragbook.fixtures.Area;
import org.ragbook.fixtures.FixtureFiles;
import org.ragbook.fixtures.LongRow;
import org.ragbook.fixtures.SheetGrid;
import org.ragbook.report.Report;
import org.ragbook.report.ReportJson;

/**
 * A return for a schema that asks for the two-level comparison (src/test/resources/two-level-schemas),
 * annotated from the command line and read back as the analyst opens it. Every Leicestershire row is
 * Fingertips' worked example (SingleOverlappingCIsForTwoCILevelsComparerTest): 2.6, 95% CI 2.5 to 2.7,
 * 99.8% CI 2.3 to 2.9; each year England has a different value, so each row lands on another result.
 */
class TwoLevelComparisonEndToEndTest {

    private static final String COMPARED = "Compared to England value or percentiles";
    private static final List<Double> ENGLAND_BY_YEAR = List.of(3.0, 2.8, 2.6, 2.4, 2.2);
    private static final int FIRST_YEAR = 2015;

    @TempDir
    Path out;

    /** An xlsx is annotated in place; a CSV comes back as a streamed workbook: both must show the shades. */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void eachRowSaysBestBetterSimilarWorseOrWorstAsFingertipsWouldAndTheCellsWearItsShade(String format)
            throws Exception {
        Path in = out.resolve("two-level." + format);
        if (format.equals("csv")) {
            FixtureFiles.csv(in, returnSheet());
        } else {
            FixtureFiles.xlsx(in, returnSheet());
        }
        Path annotated = out.resolve("two-level-annotated.xlsx");
        Path json = out.resolve("report.json");

        CliRun run = CliRun.of("--schemas", schemas().toString(), "annotate", in.toString(), "--schema", "two-level",
                "-o", annotated.toString(), "--json", json.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        AnnotatedWorkbook workbook = AnnotatedWorkbook.open(annotated);
        String sheet = workbook.sheetNames().get(0);
        int column = workbook.row(sheet, 0).indexOf(COMPARED);
        assertThat(column).as("the appended column").isPositive();
        List<String> highIsGood = new ArrayList<>();
        List<String> lowIsGood = new ArrayList<>();
        for (int year = 0; year < ENGLAND_BY_YEAR.size(); year++) {
            highIsGood.add(workbook.text(sheet, 1 + 2 * year, column));
            lowIsGood.add(workbook.text(sheet, 11 + 2 * year, column));
        }
        assertThat(highIsGood).containsExactly("Worst", "Worse", "Similar", "Better", "Best");
        assertThat(lowIsGood).containsExactly("Best", "Better", "Similar", "Worse", "Worst");
        assertThat(workbook.text(sheet, 21, column)).as("no 99.8% limits").isEqualTo("Not compared");

        assertThat(workbook.fill(sheet + "!H2")).as("Worst: Fingertips' dark red").contains("FF821733");
        assertThat(workbook.fontColour(sheet + "!H2")).as("written white, as Fingertips does").contains("FFFFFFFF");
        assertThat(workbook.fill(sheet + "!H4")).as("Worse: the usual red").contains("FFFFC7CE");
        assertThat(workbook.fill(sheet + "!H10")).as("Best: Fingertips' teal green").contains("FF00B092");
        assertThat(workbook.fill(sheet + "!H8")).as("Better: the usual green").contains("FFC6EFCE");

        // The Summary counts each indicator at its latest year: 2019's Worst for the low-is-good one, and
        // the high-is-good one's 2020 row, which has no 99.8% limits, as not compared.
        assertThat(workbook.summaryNumber("green")).contains(0.0);
        assertThat(workbook.summaryNumber("of which best")).isEmpty();
        assertThat(workbook.summaryNumber("red")).contains(1.0);
        assertThat(workbook.summaryNumber("of which worst")).contains(1.0);
        assertThat(workbook.summaryNumber("not compared")).contains(1.0);
        assertThat(String.join(" ", workbook.row("Summary", 3))).contains("1 of the red is Worst");

        Report report = ReportJson.read(json);
        assertThat(report.observations()).filteredOn(o -> o.cell().equals(sheet + "!H2")).singleElement()
                .satisfies(o -> {
                    assertThat(o.comparedToBenchmark()).isEqualTo("Worst");
                    assertThat(o.rag()).isEqualTo("red");
                    assertThat(o.reason()).isEqualTo("2.6 (95% CI 2.5 to 2.7; 99.8% CI 2.3 to 2.9) is significantly"
                            + " worse than England (3) at 99.8% as well as 95% confidence.");
                });
        assertThat(report.observations()).filteredOn(o -> o.cell().equals(sheet + "!H22")).singleElement()
                .satisfies(o -> assertThat(o.reason()).contains("no 99.8% confidence interval is given"));
    }

    /**
     * Rows 2-11: the high-is-good indicator, Leicestershire then England for 2015 to 2019; rows
     * 12-21 the same for the low-is-good one; rows 22-23 a 2020 Leicestershire row with its 95% limits
     * but no 99.8% ones, and England.
     */
    private static SheetGrid returnSheet() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(LongRow.HEADER);
        for (String code : List.of("TL-HIGH", "TL-LOW")) {
            for (int year = 0; year < ENGLAND_BY_YEAR.size(); year++) {
                rows.add(row(code, Area.LEICESTERSHIRE, FIRST_YEAR + year, 2.6, 2.5, 2.7, 2.3, 2.9));
                rows.add(row(code, Area.ENGLAND, FIRST_YEAR + year, ENGLAND_BY_YEAR.get(year), null, null, null, null));
            }
        }
        rows.add(row("TL-HIGH", Area.LEICESTERSHIRE, 2020, 2.6, 2.5, 2.7, null, null));
        rows.add(row("TL-HIGH", Area.ENGLAND, 2020, 3.0, null, null, null, null));
        return new SheetGrid(LongRow.SHEET, rows);
    }

    private static List<Object> row(String code, Area area, int year, Double value, Double lower95, Double upper95,
            Double lower998, Double upper998) {
        return Arrays.asList(code, null, area.code(), area.name(), "Persons", null, Integer.toString(year), value,
                lower95, upper95, lower998, upper998, null, null, null);
    }

    private static Path schemas() throws URISyntaxException {
        return Path.of(TwoLevelComparisonEndToEndTest.class.getClassLoader().getResource("two-level-schemas").toURI());
    }
}
