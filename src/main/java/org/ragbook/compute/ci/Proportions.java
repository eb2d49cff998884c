package org.ragbook.compute.ci;

/**
 * A proportion with Wilson score intervals, as PHEindicatormethods {@code phe_proportion} and the
 * Fingertips technical guidance, "Confidence intervals for proportions".
 */
public final class Proportions {

    private static final String METHOD = "Wilson score";

    private Proportions() {
    }

    /**
     * @param multiplier 1 for a proportion, 100 for a percentage
     * @throws IllegalArgumentException as {@link WilsonInterval#of}, or for a multiplier that is
     *     not greater than zero
     */
    public static Estimate estimate(double count, double denominator, double multiplier) {
        Require.positive("The multiplier", multiplier);
        Interval ci95 = WilsonInterval.of(count, denominator, ConfidenceLevel.NINETY_FIVE);
        Interval ci998 = WilsonInterval.of(count, denominator, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        return new Estimate(count / denominator * multiplier,
                ci95.scaledBy(multiplier), ci998.scaledBy(multiplier), METHOD);
    }
}
