package org.ragbook.compute.ci;

/**
 * The Wilson score interval for a proportion, on the 0..1 scale:
 * (2x + z² ± z√(z² + 4x(1 − x/n))) / (2(n + z²)).
 * Sources: Fingertips technical guidance, "Confidence intervals for proportions"; PHEindicatormethods
 * {@code wilson_lower}/{@code wilson_upper} used by {@code phe_proportion}; Wilson EB (1927),
 * Newcombe RG (1998) Stat Med 17:857–872, method 3.
 */
public final class WilsonInterval {

    private WilsonInterval() {
    }

    /**
     * @param count the cases meeting the condition, 0 ≤ count ≤ denominator (need not be whole)
     * @param denominator the cases in the sample, greater than zero
     * @throws IllegalArgumentException for a negative, missing or infinite input, a zero
     *     denominator, or a count above its denominator (PHEindicatormethods stops on all of these)
     */
    public static Interval of(double count, double denominator, ConfidenceLevel level) {
        Require.nonNegative("The count", count);
        Require.positive("The denominator", denominator);
        if (count > denominator) {
            throw new IllegalArgumentException("The count (" + count + ") must not be greater than"
                    + " its denominator (" + denominator + ") for a proportion");
        }
        double z = level.z();
        double zSquared = z * z;
        double centre = 2 * count + zSquared;
        double spread = z * Math.sqrt(zSquared + 4 * count * (1 - count / denominator));
        double scale = 2 * (denominator + zSquared);
        // At the ends the formula gives 0 and 1 only up to rounding in z − √(z²); state them exactly.
        double lower = count == 0 ? 0 : Math.max(0, (centre - spread) / scale);
        double upper = count == denominator ? 1 : Math.min(1, (centre + spread) / scale);
        return new Interval(lower, upper);
    }
}
