package org.ragbook.compute.ci;

/**
 * A crude rate, count / denominator × multiplier, with exact Poisson limits for counts below the
 * threshold and Byar's method at or above it. Sources: PHEindicatormethods {@code phe_rate}
 * (threshold fixed at 10); Fingertips technical guidance, "Confidence intervals for rates".
 */
public final class CrudeRates {

    /** The count from which Byar's approximation replaces the exact limits, as {@code phe_rate}. */
    public static final int DEFAULT_BYARS_THRESHOLD = 10;

    private CrudeRates() {
    }

    /**
     * A count above its denominator is allowed: a rate of repeated events can exceed one per person.
     *
     * @param multiplier e.g. 100,000 for a rate per 100,000
     * @param byarsThreshold counts below this get exact limits, counts at or above it Byar's
     * @throws IllegalArgumentException for a negative, missing or infinite count, a denominator or
     *     multiplier not greater than zero, or a negative threshold
     */
    public static Estimate estimate(double count, double denominator, double multiplier, int byarsThreshold) {
        Require.nonNegative("The count", count);
        Require.positive("The denominator", denominator);
        Require.positive("The multiplier", multiplier);
        Require.nonNegative("The Byar's threshold", byarsThreshold);
        return ScaledCount.estimate(count, multiplier / denominator, byarsThreshold);
    }
}
