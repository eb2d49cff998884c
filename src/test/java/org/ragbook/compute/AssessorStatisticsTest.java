package org.ragbook.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ragbook.compute.rank.ComparatorGroups;
import org.ragbook.compute.trend.Direction;
import org.ragbook.compute.trend.TrendLabel;
import org.ragbook.read.CellRef;
import org.ragbook.schema.Benchmark;
import org.ragbook.schema.CiMethod;
import org.ragbook.schema.ComparisonLevels;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.PeriodFormat;
import org.ragbook.schema.Polarity;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.Sex;
import org.ragbook.schema.ValueType;
import org.ragbook.validate.Finding;
import org.ragbook.validate.Observation;
import org.ragbook.validate.Validation;

/** The statistics engine as the assessment uses it: computed figures, disagreements, suppression, trends. */
class AssessorStatisticsTest {

    private static final Indicator DEATHS = new Indicator("covid-deaths-total", "CD-TOTAL", null,
            "Deaths involving Covid-19, all places", Sex.PERSONS, "All ages", ValueType.CRUDE_RATE, 100_000,
            Polarity.LOW, CiMethod.BYARS, Benchmark.ENGLAND, ComparisonLevels.SINGLE_LEVEL, null, PeriodFormat.ANY, 0, null, null);
    private static final Indicator SUPPRESSED_DEATHS = new Indicator("deaths-at-home", "CD-HOME", null,
            "Deaths involving Covid-19 at home", Sex.PERSONS, "All ages", ValueType.CRUDE_RATE, 100_000,
            Polarity.LOW, CiMethod.BYARS, Benchmark.ENGLAND, ComparisonLevels.SINGLE_LEVEL, null, PeriodFormat.ANY, 5, null, null);
    private static final Indicator SCREENING = new Indicator("screening", "SCR", null, "Screening coverage",
            Sex.FEMALE, null, ValueType.PROPORTION, 100, Polarity.HIGH, CiMethod.WILSON, Benchmark.ENGLAND, ComparisonLevels.SINGLE_LEVEL, null,
            PeriodFormat.CALENDAR_YEAR, 0, null, null);

    private static final Indicator ALL_DEATHS = place("deaths", null);
    private static final Indicator HOSPICE_DEATHS = place("deaths-hospice", "deaths");
    private static final Indicator HOSPITAL_DEATHS = place("deaths-hospital", "deaths");

    private final List<Observation> observations = new ArrayList<>();

    private static Indicator place(String id, String partOf) {
        return new Indicator(id, id.toUpperCase(java.util.Locale.ROOT), null, id, Sex.PERSONS, "All ages",
                ValueType.CRUDE_RATE, 100_000, Polarity.LOW, CiMethod.BYARS, Benchmark.ENGLAND, ComparisonLevels.SINGLE_LEVEL, null, PeriodFormat.ANY,
                5, null, partOf);
    }

    private Observation add(Indicator indicator, String area, String period, Double value, Double lci, Double uci,
            Double count, Double denominator) {
        Observation o = new Observation(indicator, area, area, indicator.sex(), indicator.age(), period, value, lci, uci,
                null, null, count, denominator, null, null, null, new CellRef("Indicators", 7, observations.size() + 1),
                List.of());
        observations.add(o);
        return o;
    }

    private Assessed assess() {
        return assess(List.of());
    }

    private Assessed assess(List<Observation> past) {
        ReturnSchema schema = new ReturnSchema("test", "Test", null, "test.yaml", null, null, null, null,
                List.of(DEATHS, SUPPRESSED_DEATHS, SCREENING, ALL_DEATHS, HOSPICE_DEATHS, HOSPITAL_DEATHS), 1);
        return Assessor.assess(new Validation(schema, null, observations, List.of()), ComparatorGroups.builtIn(), past);
    }

    @Test
    void aBlankValueIsComputedFromTheCountAndPopulationAsTheSeedPaperPrintsIt() {
        add(DEATHS, "E07000129", "to 19 Feb 2021", null, null, null, 210.0, 100_421.0);

        Assessment blaby = assess().assessments().get(0);

        assertThat(blaby.value()).isCloseTo(209.1, within(0.05));
        assertThat(blaby.estimate().ci95().lower()).isCloseTo(181.8, within(0.05));
        assertThat(blaby.estimate().ci95().upper()).isCloseTo(239.4, within(0.05));
        assertThat(blaby.estimate().method()).isEqualTo("Byar's");
    }

    @Test
    void aGivenValueThatDisagreesWithItsCountIsWarnedAtItsCellButKept() {
        add(DEATHS, "E07000129", "to 19 Feb 2021", 219.1, 181.8, 239.4, 210.0, 100_421.0);

        Assessed assessed = assess();

        assertThat(assessed.assessments().get(0).value()).isEqualTo(219.1);
        assertThat(assessed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("figure-disagrees");
            assertThat(f.cell().address()).isEqualTo("H2");
            assertThat(f.message()).contains("219.1").contains("209.1");
        });
    }

    @Test
    void aGivenValueThatAgreesToItsPrintedDecimalRaisesNothing() {
        add(DEATHS, "E07000129", "to 19 Feb 2021", 209.1, 181.8, 239.4, 210.0, 100_421.0);

        assertThat(assess().findings()).isEmpty();
    }

    @Test
    void aCountBelowTheThresholdIsSuppressedAndNotCompared() {
        add(SUPPRESSED_DEATHS, "E07000129", "to 19 Feb 2021", null, null, null, 3.0, 100_421.0);
        add(SUPPRESSED_DEATHS, "E92000001", "to 19 Feb 2021", null, null, null, 5000.0, 56_000_000.0);

        Assessment a = assess().assessments().get(0);

        assertThat(a.suppressed()).isTrue();
        assertThat(a.value()).isNull();
        assertThat(a.rag()).isEqualTo(Rag.NOT_COMPARED);
        assertThat(a.reason()).startsWith("Suppressed");
    }

    @Test
    void aShownTotalCannotGiveAHiddenPartAwaySoTheSmallestOtherPartIsHiddenToo() {
        add(HOSPICE_DEATHS, "E07000129", "to 19 Feb 2021", null, null, null, 3.0, 100_421.0);
        add(HOSPITAL_DEATHS, "E07000129", "to 19 Feb 2021", null, null, null, 146.0, 100_421.0);
        add(ALL_DEATHS, "E07000129", "to 19 Feb 2021", null, null, null, 149.0, 100_421.0);

        List<Assessment> assessments = assess().assessments();

        assertThat(assessments).extracting(Assessment::suppressed).containsExactly(true, true, false);
    }

    @Test
    void theLatestPeriodCarriesTheRecentTrendAndDirectionOfTravel() {
        double[] counts = {994, 1023, 1199, 1332, 1367};
        double[] denominators = {40299, 41527, 42811, 44064, 44701};
        for (int i = 0; i < counts.length; i++) {
            add(SCREENING, "E10000018", Integer.toString(2016 + i), null, null, null, counts[i], denominators[i]);
        }

        List<Assessment> assessments = assess().assessments();

        Assessment latest = assessments.get(4);
        assertThat(latest.trend().label()).isEqualTo(TrendLabel.INCREASING_AND_GETTING_BETTER);
        assertThat(latest.direction()).isEqualTo(Direction.IMPROVING);
        assertThat(assessments.get(0).trend()).isNull();
    }

    @Test
    void storedEarlierPeriodsLengthenTheSeriesOfAReturnHoldingOnlyTheLatest() {
        double[] counts = {994, 1023, 1199, 1332};
        double[] denominators = {40299, 41527, 42811, 44064};
        List<Observation> past = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            past.add(stored(SCREENING, Integer.toString(2016 + i), counts[i], denominators[i]));
        }
        add(SCREENING, "E10000018", "2020", null, null, null, 1367.0, 44701.0);

        List<Assessment> assessments = assess(past).assessments();

        assertThat(assessments).singleElement().satisfies(latest -> {
            assertThat(latest.trend().label()).isEqualTo(TrendLabel.INCREASING_AND_GETTING_BETTER);
            assertThat(latest.direction()).isEqualTo(Direction.IMPROVING);
        });
    }

    @Test
    void aPeriodTheReturnRevisesIsTakenFromTheReturnNotTheStore() {
        List<Observation> past = List.of(stored(SCREENING, "2019", 2000, 44064));
        add(SCREENING, "E10000018", "2019", null, null, null, 1332.0, 44064.0);
        add(SCREENING, "E10000018", "2020", null, null, null, 1367.0, 44701.0);

        Assessment latest = assess(past).assessments().get(1);

        // the stored 4.5% would make 2020's 3.1% a fall; the return's revised 3.0% makes it a rise
        assertThat(latest.direction()).isEqualTo(Direction.IMPROVING);
    }

    private static Observation stored(Indicator indicator, String period, double count, double denominator) {
        return new Observation(indicator, "E10000018", "E10000018", indicator.sex(), indicator.age(), period,
                count / denominator * 100, null, null, null, null, count, denominator, null, null, null, null, List.of());
    }
}
