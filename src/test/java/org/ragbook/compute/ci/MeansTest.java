package org.ragbook.compute.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeansTest {

    /** Student's t tables, 7 degrees of freedom: 2.365 two-sided at 95%, 4.785 at 99.8%. */
    @Test
    void theHalfWidthIsTheTableTValueTimesTheStandardError() {
        double standardError = 4 / Math.sqrt(8);

        Estimate estimate = Means.estimate(50, 4, 8);

        assertThat(estimate.value()).isEqualTo(50);
        assertThat(estimate.ci95().upper() - 50).isCloseTo(2.365 * standardError, within(0.0005 * standardError));
        assertThat(50 - estimate.ci95().lower()).isCloseTo(2.365 * standardError, within(0.0005 * standardError));
        assertThat(estimate.ci998().upper() - 50).isCloseTo(4.785 * standardError, within(0.0005 * standardError));
        assertThat(estimate.method()).isEqualTo("Student's t");
    }

    @Test
    void aNegativeMeanIsAllowed() {
        Estimate estimate = Means.estimate(-3.5, 1.2, 30);

        assertThat(estimate.ci95().lower()).isLessThan(-3.5);
        assertThat(estimate.ci95().upper()).isGreaterThan(-3.5).isNegative();
    }

    @Test
    void needsAtLeastTwoValuesAndANonNegativeStandardDeviation() {
        assertThatIllegalArgumentException().isThrownBy(() -> Means.estimate(10, 1, 1))
                .withMessage("A mean's interval needs at least 2 values, not 1.0");
        assertThatIllegalArgumentException().isThrownBy(() -> Means.estimate(10, -1, 5))
                .withMessage("The standard deviation must be zero or more, not -1.0");
        assertThatIllegalArgumentException().isThrownBy(() -> Means.estimate(Double.NaN, 1, 5))
                .withMessage("The mean must be a number, not NaN");
    }
}
