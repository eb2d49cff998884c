package org.ragbook.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ragbook.compute.BenchmarkComparison.compare;

import org.junit.jupiter.api.Test;
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
}
