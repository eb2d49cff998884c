package org.ragbook.compute.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ragbook.compute.trend.FingertipsTrendData.COUNTS;
import static org.ragbook.compute.trend.FingertipsTrendData.DENOMINATORS;
import static org.ragbook.compute.trend.FingertipsTrendData.YEARS;
import static org.ragbook.compute.trend.FingertipsTrendData.countSeries;
import static org.ragbook.compute.trend.FingertipsTrendData.intervalSeries;
import static org.ragbook.compute.trend.FingertipsTrendData.intervals;
import static org.ragbook.compute.trend.FingertipsTrendData.proportions;
import static org.ragbook.compute.trend.FingertipsTrendData.rounded;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ragbook.schema.Polarity;
import org.ragbook.schema.ValueType;

/**
 * The published cases of fingertips-open {@code AnalysisTest/TrendMarkerCalculatorTest} and
 * {@code TrendRequestTest}, their numbers written as literals, and the labels and checks around them.
 */
class RecentTrendTest {

    @Test
    void risingCountsOverDenominatorsGiveChiSquared47point90AndAnIncreasingTrend() {
        TrendResult result = RecentTrend.assess(countSeries(), ValueType.PROPORTION, 1000, Polarity.NONE);

        assertThat(rounded(result.chiSquared())).isEqualTo(47.90);
        assertThat(result.label()).isEqualTo(TrendLabel.INCREASING);
        assertThat(result.label().significant()).isTrue();
        assertThat(result.reason()).isEqualTo("χ² for trend 47.90 over 2014 to 2018 is above 9.55 (99.8% level) "
                + "and the slope keeps its sign whichever period is left out");
    }

    @Test
    void theSameSeriesTestedOnItsConfidenceIntervalsGivesChiSquared46point77() {
        TrendResult result = RecentTrend.assess(intervalSeries(), ValueType.CRUDE_RATE, 1000, Polarity.NONE);

        assertThat(rounded(result.chiSquared())).isEqualTo(46.77);
        assertThat(result.label()).isEqualTo(TrendLabel.INCREASING);
    }

    @Test
    void aFlatSeriesTestedOnItsConfidenceIntervalsIsNoSignificantChange() {
        double[] values = {20.5506, 19.5952, 19.0349, 21.3966, 18.4372};
        double[] lower = {18.1803, 17.3444, 16.8421, 19.0918, 16.2925};
        double[] upper = {23.1427, 22.0602, 21.4394, 23.8975, 20.7941};

        TrendResult result = RecentTrend.assess(intervals(YEARS, values, lower, upper), ValueType.CRUDE_RATE, 100,
                Polarity.NONE);

        assertThat(result.label()).isEqualTo(TrendLabel.NO_SIGNIFICANT_CHANGE);
        assertThat(result.label().significant()).isFalse();
        assertThat(result.chiSquared()).isCloseTo(0.464, within(0.001));
        assertThat(result.reason()).isEqualTo("χ² for trend 0.46 over 2014 to 2018 is not above 9.55 (99.8% level)");
    }

    @Test
    void aCountEqualToItsDenominatorMeansTheTrendCannotBeCalculated() {
        String[] years = {"2012", "2013", "2014", "2015", "2016"};
        TrendResult result = RecentTrend.assess(proportions(years, new double[] {5, 3, 1, 1, 2},
                new double[] {5, 5, 5, 4, 4}, 100), ValueType.PROPORTION, 100, Polarity.NONE);

        assertThat(result.label()).isEqualTo(TrendLabel.CANNOT_BE_CALCULATED);
        assertThat(result.label().significant()).isFalse();
        assertThat(result.chiSquared()).isNull();
        assertThat(result.reason()).isEqualTo("the 5 most recent periods must be unbroken, each with a count and "
                + "a denominator, but 2012 has a count 5 of 5, whose log-odds are infinite");
    }

    @Test
    void periodsOfThreeYearsAreNotTested() {
        String[] rolling = {"2010 - 12", "2011 - 13", "2012 - 14", "2013 - 15", "2014 - 16"};

        TrendResult result = RecentTrend.assess(proportions(rolling, COUNTS, DENOMINATORS, 1000),
                ValueType.PROPORTION, 1000, Polarity.NONE);

        assertThat(result.label()).isEqualTo(TrendLabel.CANNOT_BE_CALCULATED);
        assertThat(result.reason()).isEqualTo("periods of several years (2010 - 12) overlap or roll on, and only "
                + "independent yearly periods are tested for a recent trend");
    }

    @Test
    void countsAreNotTested() {
        TrendResult result = RecentTrend.assess(intervalSeries(), ValueType.COUNT, 1, Polarity.NONE);

        assertThat(result.label()).isEqualTo(TrendLabel.CANNOT_BE_CALCULATED);
        assertThat(result.reason()).isEqualTo("counts are not tested for a recent trend, only rates, proportions, "
                + "ratios and means");
    }

    @Test
    void aLatestPeriodWithoutAValueLeavesTooFewUnbrokenPoints() {
        List<TrendPoint> series = new ArrayList<>(countSeries());
        series.add(new TrendPoint("2019", Double.NaN, null, null, null, null));

        TrendResult result = RecentTrend.assess(series, ValueType.PROPORTION, 1000, Polarity.NONE);

        assertThat(result.label()).isEqualTo(TrendLabel.CANNOT_BE_CALCULATED);
        assertThat(result.reason()).endsWith("but 2019 has no value");
    }

    @Test
    void anUnusablePointBeforeTheFiveMostRecentDoesNotMatter() {
        List<TrendPoint> series = new ArrayList<>(countSeries());
        series.add(0, new TrendPoint("2013", 2, 8.0, 4.0, null, null));

        TrendResult result = RecentTrend.assess(series, ValueType.PROPORTION, 1000, Polarity.NONE);

        assertThat(rounded(result.chiSquared())).isEqualTo(47.90);
    }

    @Test
    void aSignificantRiseIsBetterWhenHighIsGoodAndWorseWhenLowIsGood() {
        assertThat(rising(Polarity.HIGH).label().label()).isEqualTo("Increasing and getting better");
        assertThat(rising(Polarity.LOW).label().label()).isEqualTo("Increasing and getting worse");
        assertThat(rising(Polarity.NONE).label().label()).isEqualTo("Increasing");
    }

    /** Seed paper: breast screening coverage "shown a significant declining (worsening) performance over the last five time periods". */
    @Test
    void aSignificantFallInAHighIsGoodIndicatorIsDecreasingAndGettingWorse() {
        TrendResult result = falling(Polarity.HIGH);

        assertThat(result.label().label()).isEqualTo("Decreasing and getting worse");
        assertThat(rounded(result.chiSquared())).isEqualTo(47.90);
        assertThat(falling(Polarity.LOW).label().label()).isEqualTo("Decreasing and getting better");
        assertThat(falling(Polarity.NONE).label().label()).isEqualTo("Decreasing");
    }

    @Test
    void noChangeAndCannotBeCalculatedReadAsInTheFingertipsExport() {
        assertThat(TrendLabel.NO_SIGNIFICANT_CHANGE.label()).isEqualTo("No significant change");
        assertThat(TrendLabel.CANNOT_BE_CALCULATED.label()).isEqualTo("Cannot be calculated");
    }

    @Test
    void theThresholdIsZSquaredAtTheTwoSided99point8PercentLevel() {
        assertThat(RecentTrend.CRITICAL_CHI_SQUARED).isCloseTo(9.54953570608324, within(1e-12));
    }

    @Test
    void aTrendMadeByOnePeriodAloneIsNoSignificantChange() {
        double[] values = {10.4, 10.3, 10.2, 10.1, 20};
        double[] lower = new double[5];
        double[] upper = new double[5];
        for (int i = 0; i < 5; i++) {
            lower[i] = values[i] - 0.196;
            upper[i] = values[i] + 0.196;
        }

        TrendResult result = RecentTrend.assess(intervals(YEARS, values, lower, upper), ValueType.MEAN, 1,
                Polarity.HIGH);

        assertThat(result.chiSquared()).isGreaterThan(9.55);
        assertThat(result.label()).isEqualTo(TrendLabel.NO_SIGNIFICANT_CHANGE);
        assertThat(result.reason()).endsWith("but leaving out 2018 reverses the slope");
    }

    @Test
    void theSlopeIsInValueUnitsPerPeriodByEitherMethod() {
        TrendResult counts = RecentTrend.assess(countSeries(), ValueType.PROPORTION, 1000, Polarity.NONE);
        TrendResult interval = RecentTrend.assess(intervalSeries(), ValueType.CRUDE_RATE, 1000, Polarity.NONE);

        assertThat(counts.slope()).isCloseTo(1.743, within(0.001));
        assertThat(interval.slope()).isCloseTo(1.752, within(0.001));
    }

    private static TrendResult rising(Polarity polarity) {
        return RecentTrend.assess(countSeries(), ValueType.PROPORTION, 1000, polarity);
    }

    /** Data set 1 run backwards in time: the same χ², falling. */
    private static TrendResult falling(Polarity polarity) {
        double[] counts = new double[5];
        double[] denominators = new double[5];
        for (int i = 0; i < 5; i++) {
            counts[i] = COUNTS[4 - i];
            denominators[i] = DENOMINATORS[4 - i];
        }
        return RecentTrend.assess(proportions(YEARS, counts, denominators, 1000), ValueType.PROPORTION, 1000,
                polarity);
    }
}
