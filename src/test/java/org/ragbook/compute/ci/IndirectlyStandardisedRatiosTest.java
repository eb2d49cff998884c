package org.ragbook.compute.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.ragbook.compute.ci.ConfidenceLevel.NINETY_FIVE;
import static org.ragbook.compute.ci.Reference.ONE_PART_PER_BILLION;

import org.junit.jupiter.api.Test;

class IndirectlyStandardisedRatiosTest {

    @Test
    void asManyDeathsAsExpectedIsARatioOfOneTimesTheMultiplier() {
        Estimate smr = IndirectlyStandardisedRatios.ratio(120, 120, 100);

        assertThat(smr.value()).isEqualTo(100);
        assertThat(smr.ci95().lower()).isCloseTo(PoissonInterval.byars(120, NINETY_FIVE).lower() / 120 * 100,
                ONE_PART_PER_BILLION);
        assertThat(smr.method()).isEqualTo("Byar's");
    }

    @Test
    void fewerThanTenObservedEventsGetExactLimits() {
        Estimate smr = IndirectlyStandardisedRatios.ratio(9, 4.5, 1);

        assertThat(smr.value()).isEqualTo(2);
        assertThat(smr.ci95()).isEqualTo(PoissonInterval.exact(9, NINETY_FIVE).scaledBy(1 / 4.5));
        assertThat(smr.method()).isEqualTo("Exact Poisson");
    }

    @Test
    void theStandardisedRateIsTheRatioTimesTheReferenceRate() {
        double referenceRate = 0.0093;
        Estimate ratio = IndirectlyStandardisedRatios.ratio(895, 835.9, 1);
        Estimate rate = IndirectlyStandardisedRatios.rate(895, 835.9, referenceRate, 100_000);

        assertThat(rate.value()).isCloseTo(ratio.value() * referenceRate * 100_000, ONE_PART_PER_BILLION);
        assertThat(rate.ci998().upper()).isCloseTo(ratio.ci998().upper() * referenceRate * 100_000, ONE_PART_PER_BILLION);
    }

    @Test
    void refusesAnExpectedCountOfZero() {
        assertThatIllegalArgumentException().isThrownBy(() -> IndirectlyStandardisedRatios.ratio(5, 0, 100))
                .withMessage("The expected count must be greater than zero, not 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> IndirectlyStandardisedRatios.rate(5, 3, -0.01, 1000))
                .withMessage("The reference rate must be zero or more, not -0.01");
    }
}
