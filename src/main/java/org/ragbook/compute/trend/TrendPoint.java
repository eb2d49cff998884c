package org.ragbook.compute.trend;

/**
 * One period of an indicator's series for one area. Proportions are tested on their
 * {@code count} and {@code denominator}; every other value type on its 95% confidence interval.
 * Fields a method does not need may be null.
 */
public record TrendPoint(String period, double value, Double count, Double denominator, Double lowerCi95,
        Double upperCi95) {

    /** A point of a proportion, tested on its count and denominator. */
    public static TrendPoint ofCounts(String period, double value, double count, double denominator) {
        return new TrendPoint(period, value, count, denominator, null, null);
    }

    /** A point of a rate, ratio or mean, tested on its 95% confidence interval. */
    public static TrendPoint ofInterval(String period, double value, double lowerCi95, double upperCi95) {
        return new TrendPoint(period, value, null, null, lowerCi95, upperCi95);
    }
}
