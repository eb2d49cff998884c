package org.ragbook.compute.ci;

/**
 * A mean with Student's t confidence limits, mean ± t(1 − α/2; n − 1)·s/√n. Sources:
 * PHEindicatormethods {@code phe_mean}; Fingertips technical guidance, "Confidence intervals for means".
 */
public final class Means {

    private static final String METHOD = "Student's t";

    private Means() {
    }

    /**
     * @param mean the sample mean; may be negative
     * @param standardDeviation the sample standard deviation (divisor n − 1, as R's {@code sd})
     * @param n the number of values, at least 2 so that there is a degree of freedom
     * @throws IllegalArgumentException for a missing or infinite input, a negative standard
     *     deviation, or fewer than two values (where {@code phe_mean} gives NA)
     */
    public static Estimate estimate(double mean, double standardDeviation, double n) {
        Require.finite("The mean", mean);
        Require.nonNegative("The standard deviation", standardDeviation);
        if (!(Require.finite("The number of values", n) >= 2)) {
            throw new IllegalArgumentException("A mean's interval needs at least 2 values, not " + n);
        }
        double standardError = standardDeviation / Math.sqrt(n);
        return new Estimate(mean,
                limits(mean, standardError, n, ConfidenceLevel.NINETY_FIVE),
                limits(mean, standardError, n, ConfidenceLevel.NINETY_NINE_POINT_EIGHT),
                METHOD);
    }

    private static Interval limits(double mean, double standardError, double n, ConfidenceLevel level) {
        double margin = Quantiles.studentT(level.upperTail(), n - 1) * standardError;
        return new Interval(mean - margin, mean + margin);
    }
}
