package org.ragbook.compute.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.ragbook.compute.ci.ConfidenceLevel.NINETY_FIVE;
import static org.ragbook.compute.ci.ConfidenceLevel.NINETY_NINE_POINT_EIGHT;
import static org.ragbook.compute.ci.Reference.ONE_PART_PER_BILLION;

import org.junit.jupiter.api.Test;

/**
 * For counts of 0 and 1 the exact limits have closed forms (χ² with 2 degrees of freedom is
 * exponential): upper for 0 is −ln(α/2), lower for 1 is −ln(1 − α/2).
 */
class PoissonIntervalTest {

    @Test
    void zeroEventsHaveExactLimitsFromZeroToMinusLogHalfAlpha() {
        assertThat(PoissonInterval.exact(0, NINETY_FIVE)).satisfies(interval -> {
            assertThat(interval.lower()).isZero();
            assertThat(interval.upper()).isCloseTo(Math.log(40), ONE_PART_PER_BILLION);
        });
        assertThat(PoissonInterval.exact(0, NINETY_NINE_POINT_EIGHT).upper()).isCloseTo(Math.log(1000), ONE_PART_PER_BILLION);
    }

    @Test
    void oneEventHasAnExactLowerLimitOfMinusLogOneMinusHalfAlpha() {
        assertThat(PoissonInterval.exact(1, NINETY_FIVE).lower()).isCloseTo(-Math.log(0.975), ONE_PART_PER_BILLION);
        assertThat(PoissonInterval.exact(1, NINETY_NINE_POINT_EIGHT).lower()).isCloseTo(-Math.log(0.999), ONE_PART_PER_BILLION);
    }

    @Test
    void aCountBetweenWholeNumbersHasExactLimitsBetweenTheirs() {
        Interval two = PoissonInterval.exact(2, NINETY_FIVE);
        Interval twoAndAHalf = PoissonInterval.exact(2.5, NINETY_FIVE);
        Interval three = PoissonInterval.exact(3, NINETY_FIVE);

        assertThat(twoAndAHalf.lower()).isStrictlyBetween(two.lower(), three.lower());
        assertThat(twoAndAHalf.upper()).isStrictlyBetween(two.upper(), three.upper());
    }

    @Test
    void byarsMatchesTheExactLimitsCloselyForLargeCounts() {
        Interval exact = PoissonInterval.exact(1000, NINETY_NINE_POINT_EIGHT);
        Interval byars = PoissonInterval.byars(1000, NINETY_NINE_POINT_EIGHT);

        assertThat(byars.lower()).isCloseTo(exact.lower(), withinPercentage(0.01));
        assertThat(byars.upper()).isCloseTo(exact.upper(), withinPercentage(0.01));
    }

    @Test
    void byarsHasNoLowerLimitWhereItsApproximationGoesNegativeAsTheReferenceReturnsNa() {
        assertThat(PoissonInterval.byars(1, NINETY_FIVE).lower()).isPositive();
        assertThat(PoissonInterval.byars(1, NINETY_NINE_POINT_EIGHT).lower()).isNaN();
        assertThat(PoissonInterval.byars(0, NINETY_FIVE).lower()).isNaN();
        assertThat(PoissonInterval.byars(1, NINETY_NINE_POINT_EIGHT).upper()).isPositive();
    }

    @Test
    void refusesANegativeOrMissingCount() {
        assertThatIllegalArgumentException().isThrownBy(() -> PoissonInterval.exact(-0.5, NINETY_FIVE))
                .withMessage("The count must be zero or more, not -0.5");
        assertThatIllegalArgumentException().isThrownBy(() -> PoissonInterval.byars(Double.NaN, NINETY_FIVE))
                .withMessage("The count must be a number, not NaN");
    }
}
