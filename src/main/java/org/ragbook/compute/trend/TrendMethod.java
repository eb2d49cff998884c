package org.ragbook.compute.trend;

import java.util.Optional;

/** One of Fingertips' two tests for a recent trend: what each point needs, the statistic, and the slope to check. */
interface TrendMethod {

    /** What each point must have, for messages: "a count and a denominator". */
    String needs();

    /** Why {@code point} cannot take part, as a phrase after its period ("has no count"); empty when it can. */
    Optional<String> problemWith(TrendPoint point);

    /** The test over {@code points}, oldest first, at times 1, 2, 3, …. */
    Fit fit(TrendPoint[] points);

    /**
     * The slope whose sign must not depend on any one point, over {@code points} at {@code times}
     * (their places in the full series, so a left-out point leaves a gap).
     */
    double checkSlope(TrendPoint[] points, double[] times);

    /** The times 1, 2, …, {@code count} of a series' points. */
    static double[] places(int count) {
        double[] times = new double[count];
        for (int i = 0; i < count; i++) {
            times[i] = i + 1;
        }
        return times;
    }

    /** The χ² statistic for a linear trend, and the slope in value units per period. */
    record Fit(double chiSquared, double slope) {
    }
}
