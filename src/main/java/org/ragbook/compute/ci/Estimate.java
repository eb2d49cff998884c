package org.ragbook.compute.ci;

/**
 * A value with both its intervals, in display units (already × multiplier), and the method's name
 * as shown to users, e.g. "Wilson score", "Byar's", "Exact Poisson", "Dobson", "Student's t".
 */
public record Estimate(double value, Interval ci95, Interval ci998, String method) {

    /** The interval at {@code level}. */
    public Interval interval(ConfidenceLevel level) {
        return level == ConfidenceLevel.NINETY_FIVE ? ci95 : ci998;
    }
}
