package org.ragbook.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.fixtures.Area;
import org.ragbook.fixtures.FixtureFiles;
import org.ragbook.fixtures.LeicestershireFivePeriods;
import org.ragbook.fixtures.LongRow;
import org.ragbook.report.Paragraph;
import org.ragbook.report.Report;
import org.ragbook.schema.SchemaCatalog;

/**
 * What a committee reads from a return holding five years of history, England's values and the
 * CIPFA neighbours' latest values (seed paper 000, paragraphs 23–28): each indicator counted once,
 * at its latest period, for Leicestershire only; and the statements the paper's author would make
 * from the same numbers.
 */
class CommitteeStatementsTest {

    @TempDir
    static Path dir;
    private static Report report;
    private static Path annotated;

    @BeforeAll
    static void annotate() {
        Path input = dir.resolve("leicestershire.xlsx");
        FixtureFiles.xlsx(input, LongRow.sheet(LeicestershireFivePeriods.rows()));
        annotated = dir.resolve("leicestershire-annotated.xlsx");
        report = new Pipeline(SchemaCatalog.builtIn()).annotate(input, "leicestershire.xlsx", "phof-dashboard",
                annotated);
    }

    @Test
    void counts_each_indicator_once_at_its_latest_period_for_the_return_s_own_area() {
        assertThat(report.rag()).isEqualTo(Map.of("green", 3, "amber", 1, "red", 1, "notCompared", 1));
        assertThat(report.observations()).filteredOn(Report.ObservationEntry::counted)
                .allSatisfy(o -> assertThat(o.area()).isEqualTo(Area.LEICESTERSHIRE.code()))
                .extracting(o -> o.indicator() + " " + o.period())
                .containsExactlyInAnyOrder("C24a 2020", "C24b 2020", "C24d 2020", "C19a 2020", "D02a 2020",
                        "D07 2017 - 19");
        assertThat(report.areas()).singleElement().satisfies(area -> {
            assertThat(area.areaName()).isEqualTo("Leicestershire");
            assertThat(area.rag()).isEqualTo(report.rag());
        });
        assertThat(report.narrative()).isEqualTo("Of the comparable indicators, 3 are green, 1 amber and 1 red."
                + " 1 indicator is not suitable for comparison or has no national data.");
    }

    @Test
    void the_counts_paragraph_says_what_paragraph_24_says() {
        assertThat(text(Paragraph.COUNTS)).isEqualTo("Analysis shows that of the comparable indicators, 3 are green,"
                + " 1 amber and 1 red. 1 indicator is not suitable for comparison or has no national data.");
    }

    @Test
    void the_green_paragraph_names_each_green_indicator_and_its_significant_trends() {
        String green = text("green");
        assertThat(green).startsWith("The three green indicators are ")
                .contains("Cancer screening coverage - breast cancer (2020: 76.0%; England 74.0%)")
                .contains("Cancer screening coverage - bowel cancer (2020: 68.0%; England 65.0%)")
                .contains("Cancer screening coverage - cervical cancer (aged 25 to 49 years old) has shown significant"
                        + " improvement over the last five time periods.")
                .contains("Cancer screening coverage - breast cancer has shown a significant declining (worsening)"
                        + " performance over the last five time periods.");
        assertThat(green).doesNotContain("bowel cancer has");
    }

    @Test
    void the_amber_paragraph_gives_the_trend_that_shows_no_significant_change() {
        assertThat(text("amber")).isEqualTo("The one amber indicator is Successful completion of drug treatment -"
                + " opiate users (2020: 6.1%; England 5.8%). Successful completion of drug treatment - opiate users"
                + " shows no significant change over the last five time periods.");
    }

    @Test
    void the_red_paragraph_ranks_the_red_indicator_among_the_cipfa_neighbours() {
        assertThat(text("red")).startsWith("The one red indicator is Chlamydia detection rate / 100,000 aged 15 to 24"
                        + " (2020: 1,500.0; England 2,000.0).")
                .endsWith("Chlamydia detection rate / 100,000 aged 15 to 24 for 2020 is ranked 11th out of 16 compared"
                        + " to CIPFA neighbours.");
    }

    @Test
    void the_not_compared_paragraph_gives_the_reason_from_the_value_note() {
        assertThat(text(Paragraph.NOT_COMPARED)).isEqualTo("One indicator is not compared. HIV late diagnosis (%) for"
                + " 2017 - 19 has no value presented: " + LeicestershireFivePeriods.HIV_NOTE + ".");
    }

    @Test
    void the_purpose_paragraph_says_what_the_dashboard_is_and_what_the_colours_mean() {
        assertThat(text(Paragraph.PURPOSE)).startsWith("This paper sets out current performance against the six"
                + " indicators of the Public Health and Prevention Indicators return (leicestershire.xlsx) for"
                + " Leicestershire.").contains("'green'", "'amber'", "'red'", "England value");
    }

    @Test
    void the_narrative_sheet_holds_the_same_paragraphs_numbered() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(annotated.toFile())) {
            XSSFSheet narrative = workbook.getSheet("Narrative");
            assertThat(narrative).as("Narrative sheet").isNotNull();
            List<Paragraph> paragraphs = report.paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                assertThat(narrative.getRow(3 + i).getCell(0).getNumericCellValue()).isEqualTo(i + 1);
                assertThat(narrative.getRow(3 + i).getCell(1).getStringCellValue()).isEqualTo(paragraphs.get(i).text());
                assertThat(narrative.getRow(3 + i).getCell(1).getCellStyle().getWrapText()).isTrue();
            }
        }
    }

    private static String text(String topic) {
        return report.paragraphs().stream().filter(p -> p.topic().equals(topic)).map(Paragraph::text)
                .reduce((a, b) -> a + "\n" + b).orElseThrow(() -> new AssertionError("no " + topic + " paragraph in "
                        + report.paragraphs()));
    }
}
