package org.ragbook.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.fixtures.FixtureFiles;
import org.ragbook.fixtures.SheetGrid;
import org.ragbook.report.Report;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.schema.SchemaLoader;

/**
 * Standardised rates, standardised ratios and means computed from what a return gives, through the
 * whole pipeline from a written workbook: the inputs each method takes and the findings about them.
 */
class StandardisedInputsTest {

    private static final String SCHEMA = """
            id: standardised
            title: Standardised
            ageBands:
              sheet: Age bands
            defaults:
              benchmark: england
              sex: persons
              polarity: low
            indicators:
              - id: under-75-mortality
                code: U75
                name: Under 75 mortality rate from all causes
                age: <75 yrs
                valueType: dsr
                multiplier: 100000
                ciMethod: dobson
                periodFormat: multi-year
              - id: smr
                code: SMR
                name: Standardised mortality ratio
                valueType: isr
                multiplier: 100
                ciMethod: isr
                periodFormat: calendar-year
              - id: mean-score
                code: MEAN
                name: Average wellbeing score
                valueType: mean
                multiplier: 1
                ciMethod: student-t
                polarity: high
                periodFormat: calendar-year
            """;
    private static final List<Object> HEADER = List.of("Indicator ID", "Area Code", "Time period", "Value", "Count",
            "Denominator", "Expected", "Standard deviation", "Value note");
    private static final List<Object> BAND_HEADER = List.of("Indicator ID", "Area Code", "Sex", "Time period",
            "Age band", "Count", "Population");
    private static final String AREA = "E10000018";

    @TempDir
    Path dir;

    private Report annotate(SheetGrid... sheets) {
        Path input = dir.resolve("return.xlsx");
        FixtureFiles.xlsx(input, sheets);
        SchemaCatalog catalog = new SchemaCatalog(List.of(SchemaLoader.parse("standardised.yaml", SCHEMA)));
        return new Pipeline(catalog).annotate(input, "return.xlsx", "standardised", dir.resolve("annotated.xlsx"));
    }

    private static SheetGrid indicators(List<?>... rows) {
        return sheet("Indicators", HEADER, rows);
    }

    private static SheetGrid bands(List<?>... rows) {
        return sheet("Age bands", BAND_HEADER, rows);
    }

    private static SheetGrid sheet(String name, List<Object> header, List<?>... rows) {
        List<List<Object>> grid = new ArrayList<>();
        grid.add(header);
        for (List<?> row : rows) {
            grid.add(new ArrayList<>(row));
        }
        return new SheetGrid(name, grid);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static List<Object> band(String label, Object count, Object population) {
        return row("U75", AREA, "Persons", "2017 - 19", label, count, population);
    }

    private static Report.ObservationEntry only(Report report) {
        assertThat(report.observations()).hasSize(1);
        return report.observations().get(0);
    }

    @Test
    void an_indirectly_standardised_ratio_is_count_over_expected_with_byars_limits_on_the_count() {
        Report report = annotate(indicators(row("SMR", AREA, "2019", null, 120, null, 100)));

        Report.ObservationEntry smr = only(report);
        double z = 1.959963984540054;
        // Byar's limits of the observed 120, over the expected 100, times the multiplier 100.
        double lower = 120 * Math.pow(1 - 1 / (9.0 * 120) - z / (3 * Math.sqrt(120)), 3) / 100 * 100;
        double upper = 121 * Math.pow(1 - 1 / (9.0 * 121) + z / (3 * Math.sqrt(121)), 3) / 100 * 100;
        assertThat(report.findings()).isEmpty();
        assertThat(smr.value()).isCloseTo(120, within(1e-9));
        assertThat(smr.lowerCi95()).isCloseTo(lower, within(1e-9));
        assertThat(smr.upperCi95()).isCloseTo(upper, within(1e-9));
        assertThat(smr.method()).isEqualTo("Byar's");
    }

    @Test
    void a_given_ratio_that_is_not_count_over_expected_is_flagged_at_its_value() {
        Report report = annotate(indicators(row("SMR", AREA, "2019", 112.0, 120, null, 100)));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("figure-disagrees");
            assertThat(f.cell()).isEqualTo("D2");
            assertThat(f.message()).contains("from the count and expected events (Byar's)");
        });
        assertThat(only(report).value()).isEqualTo(112.0);
    }

    @Test
    void a_mean_with_its_standard_deviation_and_n_gets_students_t_limits() {
        Report report = annotate(indicators(row("MEAN", AREA, "2019", 7.4, null, 25, null, 1.5)));

        // t(0.975; 24) = 2.0638985616280205 (R: qt(0.975, 24)); standard error 1.5 / √25 = 0.3.
        Report.ObservationEntry mean = only(report);
        assertThat(report.findings()).isEmpty();
        assertThat(mean.lowerCi95()).isCloseTo(7.4 - 2.0638985616280205 * 0.3, within(1e-9));
        assertThat(mean.upperCi95()).isCloseTo(7.4 + 2.0638985616280205 * 0.3, within(1e-9));
        assertThat(mean.method()).isEqualTo("Student's t");
    }

    @Test
    void a_zero_expected_count_or_a_negative_standard_deviation_is_an_error_at_its_cell() {
        Report report = annotate(indicators(
                row("SMR", AREA, "2019", null, 120, null, 0),
                row("MEAN", AREA, "2019", 7.4, null, 25, null, -1.5)));

        assertThat(report.findings()).extracting(f -> f.rule(), f -> f.cell())
                .containsExactly(tuple("negative-figure", "G2"), tuple("negative-figure", "H3"));
        assertThat(report.observations()).isEmpty();
    }

    @Test
    void a_standardised_rate_over_fewer_than_10_events_is_not_published_and_its_reason_says_so() {
        Report report = annotate(indicators(row("U75", AREA, "2017 - 19")),
                bands(band("0-4", 0, 3000), band("5-9", 1, 3100), band("70-74", 8, 2500)));

        Report.ObservationEntry u75 = only(report);
        assertThat(report.findings()).isEmpty();
        assertThat(u75.value()).isNull();
        assertThat(u75.method()).isNull();
        assertThat(u75.reason()).startsWith("Not published: fewer than 10 events (9 in the age bands)");
    }

    @Test
    void a_rate_under_75_is_standardised_over_the_bands_given() {
        Report report = annotate(indicators(row("U75", AREA, "2017 - 19")),
                bands(band("65 to 69", 30, 10_000), band("70\u201374", 50, 10_000)));

        // Σwx/n / Σw = (5500 × 30/10000 + 5000 × 50/10000) / (5500 + 5000), per 100,000.
        double dsr = (5500 * 30 / 10_000.0 + 5000 * 50 / 10_000.0) / 10_500 * 100_000;
        assertThat(only(report).value()).isCloseTo(dsr, within(1e-9));
        assertThat(only(report).method()).isEqualTo("Dobson");
    }

    @Test
    void a_blank_standardised_rate_without_the_age_band_sheet_says_to_add_it() {
        Report report = annotate(indicators(row("U75", AREA, "2017 - 19")));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("missing-age-bands");
            assertThat(f.severity()).isEqualTo("warning");
            assertThat(f.cell()).isEqualTo("D2");
            assertThat(f.message()).contains("no 'Age bands' sheet").contains("Age band, Count, Population");
        });
    }

    @Test
    void bands_for_a_row_the_main_table_lacks_are_a_warning_at_the_first_band() {
        Report report = annotate(indicators(row("U75", AREA, "2017 - 19", 310.0)),
                bands(row("U75", AREA, "Persons", "2016 - 18", "0-4", 3, 3000)));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("unmatched-age-band");
            assertThat(f.sheet()).isEqualTo("Age bands");
            assertThat(f.cell()).isEqualTo("E2");
        });
    }

    @Test
    void unusable_band_cells_are_findings_at_those_cells_and_the_rate_is_not_judged() {
        Report report = annotate(indicators(row("U75", AREA, "2017 - 19")),
                bands(band("0-4", "12 deaths", 3000), band("5-9", 1, -5), band("100+", 1, 3000),
                        band(null, 1, 3000)));

        assertThat(report.findings()).extracting(Report.FindingEntry::rule, Report.FindingEntry::cell)
                .containsExactly(tuple("value-not-number", "F2"), tuple("age-band-population", "G3"),
                        tuple("unknown-age-band", "E4"), tuple("unknown-age-band", "E5"));
        assertThat(report.findings().get(2).message()).contains("'100+' is not one of the age bands");
        assertThat(report.observations()).isEmpty();
    }

    @Test
    void the_age_band_sheet_is_not_mistaken_for_the_main_table_when_it_comes_first() {
        Report report = annotate(bands(band("0-4", 40, 3000)), indicators(row("U75", AREA, "2017 - 19")));

        assertThat(report.findings()).isEmpty();
        assertThat(only(report).value()).isCloseTo(40 / 3000.0 * 100_000, within(1e-9));
    }
}
