package org.ragbook.compute.ci;

/**
 * Indirectly standardised ratios (e.g. the standardised mortality ratio) and rates, with limits
 * from the observed count: exact Poisson below 10 events, Byar's at or above, divided by the
 * expected count. Sources: PHEindicatormethods {@code calculate_ISRatio} (formerly {@code phe_smr})
 * and {@code calculate_ISRate} (formerly {@code phe_isr}); Fingertips technical guidance,
 * "Indirectly standardised ratios".
 */
public final class IndirectlyStandardisedRatios {

    private IndirectlyStandardisedRatios() {
    }

    /**
     * observed / expected × multiplier.
     *
     * @param expected the events expected at the reference population's age-specific rates
     * @param multiplier 1 for a ratio, 100 for a ratio where 100 is the reference (SMR × 100)
     * @throws IllegalArgumentException for a negative, missing or infinite observed count, or an
     *     expected count or multiplier not greater than zero
     */
    public static Estimate ratio(double observed, double expected, double multiplier) {
        Require.nonNegative("The observed count", observed);
        Require.positive("The expected count", expected);
        Require.positive("The multiplier", multiplier);
        return ScaledCount.estimate(observed, multiplier / expected, CrudeRates.DEFAULT_BYARS_THRESHOLD);
    }

    /**
     * The indirectly standardised rate: observed / expected × reference rate × multiplier.
     *
     * @param referenceRate the reference population's crude rate as events per person (its total
     *     events over its total population), not already per multiplier
     * @param multiplier e.g. 100,000 for a rate per 100,000
     * @throws IllegalArgumentException as {@link #ratio}, or for a negative, missing or infinite
     *     reference rate
     */
    public static Estimate rate(double observed, double expected, double referenceRate, double multiplier) {
        Require.nonNegative("The observed count", observed);
        Require.positive("The expected count", expected);
        Require.nonNegative("The reference rate", referenceRate);
        Require.positive("The multiplier", multiplier);
        return ScaledCount.estimate(observed, referenceRate * multiplier / expected,
                CrudeRates.DEFAULT_BYARS_THRESHOLD);
    }
}
