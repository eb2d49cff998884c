package org.ragbook.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ragbook.compute.BenchmarkComparison.compare;
import static org.ragbook.compute.BenchmarkComparison.compareAtTwoLevels;

import org.junit.jupiter.api.Test;
import org.ragbook.compute.ci.Interval;
import org.ragbook.schema.Polarity;

class BenchmarkComparisonTest {

    @Test
    void anIntervalWhollyAboveTheBenchmarkIsBetterWhenHighIsGood() {
        assertThat(compare(77.2, 78.0, 74.1, Polarity.HIGH)).isEqualTo(Comparison.BETTER);
        assertThat(compare(77.2, 78.0, 74.1, Polarity.LOW)).isEqualTo(Comparison.WORSE);
        assertThat(compare(77.2, 78.0, 74.1, Polarity.NONE)).isEqualTo(Comparison.HIGHER);
    }

    @Test
    void anIntervalWhollyBelowTheBenchmarkIsWorseWhenHighIsGood() {
        assertThat(compare(1500.0, 1620.0, 2043.4, Polarity.HIGH)).isEqualTo(Comparison.WORSE);
        assertThat(compare(1500.0, 1620.0, 2043.4, Polarity.LOW)).isEqualTo(Comparison.BETTER);
        assertThat(compare(1500.0, 1620.0, 2043.4, Polarity.NONE)).isEqualTo(Comparison.LOWER);
    }

    @Test
    void boundariesAreInclusiveSoATouchingIntervalIsSimilar() {
        assertThat(compare(74.1, 78.0, 74.1, Polarity.HIGH)).isEqualTo(Comparison.SIMILAR);
        assertThat(compare(70.0, 74.1, 74.1, Polarity.HIGH)).isEqualTo(Comparison.SIMILAR);
    }

    @Test
    void withoutAnIntervalOrABenchmarkNothingIsCompared() {
        assertThat(compare(null, 78.0, 74.1, Polarity.HIGH)).isEqualTo(Comparison.NOT_COMPARED);
        assertThat(compare(77.0, 78.0, null, Polarity.HIGH)).isEqualTo(Comparison.NOT_COMPARED);
    }

    @Test
    void labelsAreTheFingertipsExportWording() {
        assertThat(Comparison.NOT_COMPARED.label()).isEqualTo("Not compared");
        assertThat(Comparison.SIMILAR.label()).isEqualTo("Similar");
    }

    /**
     * Fingertips' worked example (fingertips-open, SingleOverlappingCIsForTwoCILevelsComparerTest):
     * an area value of 2.6 with a 95% CI of 2.5 to 2.7 and a 99.8% CI of 2.3 to 2.9.
     */
    private static final Interval CI_95 = new Interval(2.5, 2.7);
    private static final Interval CI_998 = new Interval(2.3, 2.9);

    private static Comparison twoLevels(double benchmark, Polarity polarity) {
        return compareAtTwoLevels(CI_95, CI_998, benchmark, polarity);
    }

    @Test
    void aBenchmarkBeyondTheUpper998LimitMakesTheAreaWorstWhenHighIsGoodAndBestWhenLowIsGood() {
        assertThat(twoLevels(3.0, Polarity.HIGH)).isEqualTo(Comparison.WORST);
        assertThat(twoLevels(3.0, Polarity.LOW)).isEqualTo(Comparison.BEST);
    }

    @Test
    void aBenchmarkBetweenTheUpper95AndUpper998LimitsMakesTheAreaWorseWhenHighIsGoodAndBetterWhenLowIsGood() {
        assertThat(twoLevels(2.8, Polarity.HIGH)).isEqualTo(Comparison.WORSE);
        assertThat(twoLevels(2.8, Polarity.LOW)).isEqualTo(Comparison.BETTER);
    }

    @Test
    void aBenchmarkInsideThe95IntervalIsSimilarWhateverThePolarity() {
        assertThat(twoLevels(2.6, Polarity.HIGH)).isEqualTo(Comparison.SIMILAR);
        assertThat(twoLevels(2.6, Polarity.LOW)).isEqualTo(Comparison.SIMILAR);
    }

    @Test
    void aBenchmarkBetweenTheLower998AndLower95LimitsMakesTheAreaBetterWhenHighIsGoodAndWorseWhenLowIsGood() {
        assertThat(twoLevels(2.4, Polarity.HIGH)).isEqualTo(Comparison.BETTER);
        assertThat(twoLevels(2.4, Polarity.LOW)).isEqualTo(Comparison.WORSE);
    }

    @Test
    void aBenchmarkBelowTheLower998LimitMakesTheAreaBestWhenHighIsGoodAndWorstWhenLowIsGood() {
        assertThat(twoLevels(2.2, Polarity.HIGH)).isEqualTo(Comparison.BEST);
        assertThat(twoLevels(2.2, Polarity.LOW)).isEqualTo(Comparison.WORST);
    }

    @Test
    void twoLevelBoundariesAreInclusive() {
        assertThat(twoLevels(2.7, Polarity.HIGH)).as("on the upper 95% limit").isEqualTo(Comparison.SIMILAR);
        assertThat(twoLevels(2.5, Polarity.HIGH)).as("on the lower 95% limit").isEqualTo(Comparison.SIMILAR);
        assertThat(twoLevels(2.9, Polarity.HIGH)).as("on the upper 99.8% limit").isEqualTo(Comparison.WORSE);
        assertThat(twoLevels(2.3, Polarity.HIGH)).as("on the lower 99.8% limit").isEqualTo(Comparison.BETTER);
    }

    @Test
    void withoutBoth998LimitsOrBoth95LimitsTheTwoLevelComparisonIsNotMade() {
        assertThat(compareAtTwoLevels(CI_95, null, 3.0, Polarity.HIGH)).isEqualTo(Comparison.NOT_COMPARED);
        assertThat(compareAtTwoLevels(CI_95, new Interval(Double.NaN, 2.9), 3.0, Polarity.HIGH))
                .isEqualTo(Comparison.NOT_COMPARED);
        assertThat(compareAtTwoLevels(null, CI_998, 3.0, Polarity.HIGH)).isEqualTo(Comparison.NOT_COMPARED);
        assertThat(compareAtTwoLevels(CI_95, CI_998, null, Polarity.HIGH)).isEqualTo(Comparison.NOT_COMPARED);
    }

    @Test
    void withoutPolarityTheTwoLevelComparisonStaysHigherLowerOrSimilarAt95() {
        assertThat(twoLevels(3.0, Polarity.NONE)).isEqualTo(Comparison.LOWER);
        assertThat(twoLevels(2.2, Polarity.NONE)).isEqualTo(Comparison.HIGHER);
        assertThat(twoLevels(2.6, Polarity.NONE)).isEqualTo(Comparison.SIMILAR);
        assertThat(compareAtTwoLevels(CI_95, null, 3.0, Polarity.NONE)).isEqualTo(Comparison.LOWER);
    }

    @Test
    void bestAndWorstAreLabelledAsFingertipsWritesThem() {
        assertThat(Comparison.BEST.label()).isEqualTo("Best");
        assertThat(Comparison.WORST.label()).isEqualTo("Worst");
    }
}
