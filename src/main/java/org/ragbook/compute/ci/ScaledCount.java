package org.ragbook.compute.ci;

/**
 * An estimate that is a Poisson count times a constant — a crude rate (×multiplier/denominator) or
 * an indirectly standardised ratio or rate (×multiplier/expected) — with exact limits below the
 * threshold and Byar's at or above it, as {@code phe_rate}, {@code calculate_ISRatio} and
 * {@code calculate_ISRate} do.
 */
final class ScaledCount {

    private static final String EXACT = "Exact Poisson";
    private static final String BYARS = "Byar's";

    private ScaledCount() {
    }

    static Estimate estimate(double count, double scale, int byarsThreshold) {
        boolean exact = count < byarsThreshold;
        return new Estimate(count * scale,
                limits(count, ConfidenceLevel.NINETY_FIVE, exact).scaledBy(scale),
                limits(count, ConfidenceLevel.NINETY_NINE_POINT_EIGHT, exact).scaledBy(scale),
                exact ? EXACT : BYARS);
    }

    private static Interval limits(double count, ConfidenceLevel level, boolean exact) {
        return exact ? PoissonInterval.exact(count, level) : PoissonInterval.byars(count, level);
    }
}
