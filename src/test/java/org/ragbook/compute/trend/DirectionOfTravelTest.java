package org.ragbook.compute.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ragbook.compute.trend.DirectionOfTravel.between;

import org.junit.jupiter.api.Test;
import org.ragbook.schema.Polarity;

class DirectionOfTravelTest {

    @Test
    void aRiseImprovesWhenHighIsGoodAndWorsensWhenLowIsGood() {
        assertThat(between(76.9, 77.6, Polarity.HIGH)).isEqualTo(Direction.IMPROVING);
        assertThat(between(12.9, 13.1, Polarity.LOW)).isEqualTo(Direction.WORSENING);
    }

    @Test
    void aFallWorsensWhenHighIsGoodAndImprovesWhenLowIsGood() {
        assertThat(between(77.6, 76.9, Polarity.HIGH)).isEqualTo(Direction.WORSENING);
        assertThat(between(13.1, 12.9, Polarity.LOW)).isEqualTo(Direction.IMPROVING);
    }

    @Test
    void withoutPolarityTheDirectionIsOnlyIncreasingOrDecreasing() {
        assertThat(between(1.0, 2.0, Polarity.NONE)).isEqualTo(Direction.INCREASING);
        assertThat(between(2.0, 1.0, Polarity.NONE)).isEqualTo(Direction.DECREASING);
    }

    @Test
    void equalValuesAreNoChangeWhateverThePolarity() {
        for (Polarity polarity : Polarity.values()) {
            assertThat(between(63.9, 63.9, polarity)).isEqualTo(Direction.NO_CHANGE);
        }
    }

    @Test
    void aMissingValueIsNotApplicable() {
        assertThat(between(Double.NaN, 63.9, Polarity.HIGH)).isEqualTo(Direction.NOT_APPLICABLE);
    }

    @Test
    void labelsAreWordedForTheDashboard() {
        assertThat(Direction.IMPROVING.label()).isEqualTo("Improving");
        assertThat(Direction.NO_CHANGE.label()).isEqualTo("No change");
        assertThat(Direction.NOT_APPLICABLE.label()).isEqualTo("Not applicable");
    }
}
