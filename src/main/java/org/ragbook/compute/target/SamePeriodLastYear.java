package org.ragbook.compute.target;

/**
 * Compares a figure with the same period of the year before, the comparison Better Care Fund
 * reports use for measures without a target (non-elective admissions).
 */
public final class SamePeriodLastYear {

    private SamePeriodLastYear() {
    }

    /**
     * The variance as the seed paper writes it ({@code current - previous}) and the change as a
     * percentage of the previous figure. The percentage is taken over the previous figure's size,
     * so its sign is always the difference's; it is null when the previous figure is zero.
     */
    public static Variance variance(double current, double previous) {
        if (!Double.isFinite(current) || !Double.isFinite(previous)) {
            throw new IllegalArgumentException("a variance needs two numbers, not " + current + " and " + previous);
        }
        double difference = current - previous;
        Double percentChange = previous == 0 ? null : 100 * difference / Math.abs(previous);
        return new Variance(current, previous, difference, percentChange);
    }
}
