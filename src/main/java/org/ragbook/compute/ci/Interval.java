package org.ragbook.compute.ci;

/**
 * A two-sided confidence interval. A limit is {@code NaN} only where the method itself gives no
 * value (Byar's lower limit for very small counts, which PHEindicatormethods returns as NA).
 */
public record Interval(double lower, double upper) {

    /** Both limits multiplied by {@code factor}: counts to rates, proportions to percentages. */
    public Interval scaledBy(double factor) {
        return new Interval(lower * factor, upper * factor);
    }
}
