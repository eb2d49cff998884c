package org.ragbook.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.fixtures.FixtureReadme;
import org.ragbook.report.Paragraph;
import org.ragbook.report.Report;
import org.ragbook.schema.SchemaCatalog;

/**
 * A return of several reporting areas of its own (CCGs and a trust) is counted per area and says
 * so; its SPC indicators are read in Making Data Count's words, and series too short for a reading
 * are named together rather than one paragraph each.
 */
class SeveralAreasStatementsTest {

    @TempDir
    Path dir;

    @Test
    void a_return_of_three_areas_is_counted_for_each_and_says_so() {
        Report report = annotate("nhs-constitution-metrics.xlsx");

        assertThat(report.areas()).extracting(Report.AreaEntry::areaName).containsExactly(
                "East Leicestershire and Rutland CCG", "West Leicestershire CCG", "University Hospitals of Leicester");
        assertThat(report.areas().get(0).rag()).isEqualTo(Map.of("green", 1, "amber", 0, "red", 4, "notCompared", 0));
        assertThat(report.rag()).isEqualTo(Map.of("green", 2, "amber", 0, "red", 9, "notCompared", 0));
        assertThat(text(report, Paragraph.AREAS)).startsWith("This return holds three reporting areas of its own")
                .contains("each is counted on its own");
        assertThat(texts(report, Paragraph.COUNTS)).containsExactly(
                "For East Leicestershire and Rutland CCG, of the comparable indicators, 1 is green and 4 red.",
                "For West Leicestershire CCG, of the comparable indicators, 1 is green and 4 red.",
                "For University Hospitals of Leicester, the one comparable indicator is red.");
        assertThat(texts(report, "red").get(2)).isEqualTo("For University Hospitals of Leicester, the one red indicator"
                + " is A&E admission, transfer, discharge within 4 hours (Feb-21: 77.4%; target >= 95).");
    }

    @Test
    void series_too_short_for_spc_are_named_in_one_paragraph_with_the_reason() {
        List<String> spc = texts(annotate("nhs-constitution-metrics.xlsx"), Paragraph.SPC);

        assertThat(spc).singleElement().asString()
                .startsWith("Five series have no SPC reading yet (1 point: Making Data Count needs at least 13")
                .contains("A&E admission, transfer, discharge within 4 hours for University Hospitals of Leicester");
    }

    @Test
    void a_long_series_gets_its_variation_and_assurance_reading() {
        List<String> spc = texts(annotate("nhs-constitution-24-months.xlsx"), Paragraph.SPC);

        assertThat(spc).contains("A&E admission, transfer, discharge within 4 hours for University Hospitals of"
                + " Leicester (Dec-20: 85.9%): special cause concerning variation; the 95% target will not be met"
                + " without change.");
    }

    private Report annotate(String fixture) {
        return new Pipeline(SchemaCatalog.builtIn()).annotate(FixtureReadme.path(fixture), fixture, null,
                dir.resolve("annotated.xlsx"));
    }

    private static String text(Report report, String topic) {
        return String.join("\n", texts(report, topic));
    }

    private static List<String> texts(Report report, String topic) {
        return report.paragraphs().stream().filter(p -> p.topic().equals(topic)).map(Paragraph::text).toList();
    }
}
