package org.ragbook.compute.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.ragbook.compute.ci.Reference.assertMatches;
import static org.ragbook.compute.ci.Reference.assertMatchesBothLevels;
import static org.ragbook.compute.ci.Reference.assertMatchesStatedLevel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every figure in PHEindicatormethods' own test workbooks that Ragbook's API can produce, matched to
 * one part in 10⁹ at both 95% and 99.8%. The workbooks are read from the folder named by
 * {@code -Dragbook.phe.testdata} or {@code RAGBOOK_PHE_TESTDATA} (default
 * {@code ../shared/reference/pheindicatormethods/}); without them these tests are skipped.
 */
class PheIndicatorMethodsReferenceTest {

    private static final String BYARS_WILSON = "testdata_Byars_Wilson.xlsx";
    private static final String PROPORTION = "testdata_Proportion.xlsx";
    private static final String RATE = "testdata_Rate.xlsx";
    private static final String DSR_ISR = "testdata_DSR_ISR.xlsx";
    private static final String MEAN = "testdata_Mean.xlsx";

    @TestFactory
    Stream<DynamicTest> byarsAndWilsonLimitsMatchByarsLowerUpperAndWilsonLowerUpper() throws IOException {
        return PheTestData.ifPresent(BYARS_WILSON, sheets -> each(sheets.rows("testdata_B_W"), row -> {
            ConfidenceLevel level = Reference.level(row);
            Interval actual = row.text("method").equals("Wilson")
                    ? WilsonInterval.of(row.number("x"), row.number("n"), level)
                    : PoissonInterval.byars(row.number("x"), level);
            assertMatchesStatedLevel(actual, row);
        }));
    }

    @TestFactory
    Stream<DynamicTest> proportionsMatchPheProportion() throws IOException {
        return PheTestData.ifPresent(PROPORTION, sheets -> each(sheets.rows("testdata_Prop"),
                whenGiven(PheIndicatorMethodsReferenceTest::proportion, Reference::assertMatchesBothLevels)));
    }

    @TestFactory
    Stream<DynamicTest> summedProportionsMatchGroupedPheProportion() throws IOException {
        return PheTestData.ifPresent(PROPORTION, sheets -> each(sheets.rows("testdata_Prop_g"),
                whenGiven(PheIndicatorMethodsReferenceTest::proportion, Reference::assertMatchesStatedLevel)));
    }

    @TestFactory
    Stream<DynamicTest> crudeRatesMatchPheRate() throws IOException {
        return PheTestData.ifPresent(RATE, sheets -> each(sheets.rows("testdata_Rate"),
                whenGiven(PheIndicatorMethodsReferenceTest::rate, Reference::assertMatchesBothLevels)));
    }

    @TestFactory
    Stream<DynamicTest> summedCrudeRatesMatchGroupedPheRate() throws IOException {
        return PheTestData.ifPresent(RATE, sheets -> each(sheets.rows("testdata_Rate_g"),
                whenGiven(PheIndicatorMethodsReferenceTest::rate, Reference::assertMatchesStatedLevel)));
    }

    @TestFactory
    Stream<DynamicTest> directlyStandardisedRatesMatchCalculateDsr() throws IOException {
        return PheTestData.ifPresent(DSR_ISR, sheets -> {
            Map<String, List<AgeBand>> areas = esp2013Bands(sheets.rows("testdata_multiarea"));
            areas.put("testdata_1976", bands(sheets.rows("testdata_1976"), "esp1976"));
            // Events that are not independent (one person counted several times) are not in Ragbook's API.
            List<ReferenceRow> independent = sheets.rows("testresults_DSR").stream()
                    .filter(row -> !row.text("area").startsWith("testdata_nonind")).toList();
            return each(independent, row -> {
                List<AgeBand> bands = areas.get(row.text("area"));
                assertMatches(bands.stream().mapToDouble(AgeBand::count).sum(), row, "total_count");
                Optional<Estimate> actual = DirectlyStandardisedRates.estimate(bands, row.multiplierInStatistic());
                if (row.text("area").equals("testdata_1976")) {
                    assertMatchesBothLevels(withTenfold998(actual.orElseThrow()), row);
                } else if (row.has("value")) {
                    assertMatchesBothLevels(actual.orElseThrow(), row);
                } else {
                    assertThat(row.text("statistic")).isEqualTo("dsr NA for total count < 10");
                    assertThat(actual).as("%s, fewer than 10 events", row).isEmpty();
                }
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> indirectlyStandardisedRatiosAndRatesMatchCalculateIsRatioAndIsRate() throws IOException {
        return PheTestData.ifPresent(DSR_ISR, sheets -> {
            List<ReferenceRow> reference = sheets.rows("refdata");
            Map<String, List<ReferenceRow>> areas = byArea(sheets.rows("testdata_multiarea_isr"));
            areas.putAll(byArea(sheets.rows("testdata_err2")));
            double referenceRate = sum(reference, "refcount") / sum(reference, "refpop");
            return each(sheets.rows("testresults_ISR"), row -> {
                List<ReferenceRow> bands = areas.get(row.text("area"));
                double observed = sum(bands, "count");
                double expected = expected(bands, reference);
                double multiplier = row.multiplierInStatistic();
                assertMatches(observed, row, "observed");
                assertMatches(expected, row, "expected");
                Estimate actual;
                if (row.text("statistic").contains("rate")) {
                    assertMatches(referenceRate * multiplier, row, "ref_rate");
                    actual = IndirectlyStandardisedRatios.rate(observed, expected, referenceRate, multiplier);
                } else {
                    actual = IndirectlyStandardisedRatios.ratio(observed, expected, multiplier);
                }
                assertMatchesBothLevels(actual, row);
                assertThat(actual.method())
                        .isEqualTo(row.text("method").equals("Exact") ? "Exact Poisson" : "Byar's");
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> meansMatchPheMean() throws IOException {
        return PheTestData.ifPresent(MEAN, sheets -> each(sheets.rows("testdata_Mean_results"), row ->
                assertMatchesBothLevels(
                        Means.estimate(row.number("value"), row.number("stdev"), row.number("value_count")), row)));
    }

    @TestFactory
    Stream<DynamicTest> theEsp2013ConstantIsTheStandardPopulationInTheDsrTestData() throws IOException {
        return PheTestData.ifPresent(DSR_ISR, sheets -> {
            List<Double> standardPopulation = sheets.rows("testdata_err1").stream()
                    .map(row -> row.number("stdpop")).toList();
            return Stream.of(DynamicTest.dynamicTest("testdata_err1 stdpop", () ->
                    assertThat(standardPopulation).isEqualTo(EuropeanStandardPopulation.ESP2013_19_BANDS)));
        });
    }

    /**
     * The reference sheet's 99.8% limits for its 1976-ESP area are ten times the rest of their row
     * (7,659 per 10,000 around a DSR of 859): a slip in the file, whose R tests read only that area's
     * 95% limits. Matching our 99.8% limits ×10 to 1e-9 shows the slip is the only difference.
     */
    private static Estimate withTenfold998(Estimate estimate) {
        return new Estimate(estimate.value(), estimate.ci95(), estimate.ci998().scaledBy(10), estimate.method());
    }

    private static Estimate proportion(ReferenceRow row) {
        return Proportions.estimate(row.number("Numerator"), row.number("Denominator"), row.number("multiplier"));
    }

    private static Estimate rate(ReferenceRow row) {
        return CrudeRates.estimate(row.number("Numerator"), row.number("Denominator"),
                row.number("multiplier"), CrudeRates.DEFAULT_BYARS_THRESHOLD);
    }

    /**
     * Compares the estimate for a row with its inputs; for a row with a blank numerator or
     * denominator, where the reference returns NA, checks that Ragbook refuses the input instead so
     * that its caller can name the cell.
     */
    private static RowCheck whenGiven(
            Function<ReferenceRow, Estimate> estimate, BiConsumer<Estimate, ReferenceRow> comparison) {
        return row -> {
            if (row.has("Numerator") && row.has("Denominator")) {
                comparison.accept(estimate.apply(row), row);
            } else {
                assertThat(row.has("value")).as("%s has no inputs, so no value", row).isFalse();
                assertThatIllegalArgumentException().isThrownBy(() -> estimate.apply(row));
            }
        };
    }

    private static Stream<DynamicTest> each(List<ReferenceRow> rows, RowCheck check) {
        return rows.stream().map(row -> DynamicTest.dynamicTest(row + " " + describe(row), () -> check.accept(row)));
    }

    private static String describe(ReferenceRow row) {
        return String.join(" ", row.text("Area"), row.text("area"), row.text("method"), row.text("confidence")).trim();
    }

    /** The test areas in {@code testdata_multiarea}, each the 19 bands of the 2013 ESP, a blank count as 0. */
    private static Map<String, List<AgeBand>> esp2013Bands(List<ReferenceRow> rows) {
        Map<String, List<AgeBand>> areas = new LinkedHashMap<>();
        byArea(rows).forEach((area, bands) -> {
            List<AgeBand> weighted = new ArrayList<>();
            for (int i = 0; i < bands.size(); i++) {
                weighted.add(new AgeBand(bands.get(i).numberOrZero("count"), bands.get(i).number("pop"),
                        EuropeanStandardPopulation.ESP2013_19_BANDS.get(i)));
            }
            areas.put(area, weighted);
        });
        return areas;
    }

    private static List<AgeBand> bands(List<ReferenceRow> rows, String standardPopulation) {
        return rows.stream().map(row -> new AgeBand(
                row.numberOrZero("count"), row.number("pop"), row.number(standardPopulation))).toList();
    }

    private static Map<String, List<ReferenceRow>> byArea(List<ReferenceRow> rows) {
        Map<String, List<ReferenceRow>> areas = new LinkedHashMap<>();
        rows.forEach(row -> areas.computeIfAbsent(row.text("area"), area -> new ArrayList<>()).add(row));
        return areas;
    }

    /** Σ reference rate × local population by band, blanks as 0, as {@code calculate_ISRatio}. */
    private static double expected(List<ReferenceRow> bands, List<ReferenceRow> reference) {
        double expected = 0;
        for (int i = 0; i < bands.size(); i++) {
            ReferenceRow band = reference.get(i);
            expected += band.numberOrZero("refcount") / band.number("refpop") * bands.get(i).numberOrZero("pop");
        }
        return expected;
    }

    private static double sum(List<ReferenceRow> rows, String column) {
        return rows.stream().mapToDouble(row -> row.numberOrZero(column)).sum();
    }

    @FunctionalInterface
    private interface RowCheck {
        void accept(ReferenceRow row) throws Exception;
    }
}
