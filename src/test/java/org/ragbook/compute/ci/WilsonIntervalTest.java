package org.ragbook.compute.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.ragbook.compute.ci.ConfidenceLevel.NINETY_FIVE;
import static org.ragbook.compute.ci.ConfidenceLevel.NINETY_NINE_POINT_EIGHT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WilsonIntervalTest {

    /** Newcombe RG (1998) Stat Med 17:857–872, Table I, method 3 (score interval), to four places. */
    @ParameterizedTest(name = "{0}/{1} → {2} to {3}")
    @CsvSource({
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        "0, 20, 0.0000, 0.1611",
        "1, 29, 0.0061, 0.1718",
    })
    void reproducesNewcombesPublishedScoreIntervals(double count, double denominator, double lower, double upper) {
        Interval interval = WilsonInterval.of(count, denominator, NINETY_FIVE);

        assertThat(interval.lower()).isCloseTo(lower, within(0.00005));
        assertThat(interval.upper()).isCloseTo(upper, within(0.00005));
    }

    @Test
    void noCasesHasALowerLimitOfExactlyZeroAndAllCasesAnUpperLimitOfExactlyOne() {
        for (ConfidenceLevel level : ConfidenceLevel.values()) {
            assertThat(WilsonInterval.of(0, 37, level).lower()).isZero();
            assertThat(WilsonInterval.of(37, 37, level).upper()).isOne();
        }
    }

    @Test
    void theNinetyNinePointEightIntervalContainsTheNinetyFive() {
        Interval ci95 = WilsonInterval.of(222, 3215, NINETY_FIVE);
        Interval ci998 = WilsonInterval.of(222, 3215, NINETY_NINE_POINT_EIGHT);

        assertThat(ci998.lower()).isLessThan(ci95.lower());
        assertThat(ci998.upper()).isGreaterThan(ci95.upper());
    }

    @Test
    void aCountAboveItsDenominatorIsNotAProportion() {
        assertThatIllegalArgumentException().isThrownBy(() -> WilsonInterval.of(101, 100, NINETY_FIVE))
                .withMessage("The count (101.0) must not be greater than its denominator (100.0) for a proportion");
    }

    @Test
    void refusesNegativeMissingAndZeroInputs() {
        assertThatIllegalArgumentException().isThrownBy(() -> WilsonInterval.of(-1, 100, NINETY_FIVE))
                .withMessageContaining("count");
        assertThatIllegalArgumentException().isThrownBy(() -> WilsonInterval.of(1, Double.NaN, NINETY_FIVE))
                .withMessageContaining("denominator");
        assertThatIllegalArgumentException().isThrownBy(() -> WilsonInterval.of(0, 0, NINETY_FIVE))
                .withMessage("The denominator must be greater than zero, not 0.0");
    }
}
