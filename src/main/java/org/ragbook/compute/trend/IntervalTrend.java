package org.ragbook.compute.trend;

import java.util.Optional;

/**
 * Fingertips' recent-trend test for every value type but proportions (fingertips-open
 * {@code TrendMarkerCalculator.IsSignificant}; Fingertips technical guidance, "Trend markers"):
 * the values are regressed on time, each weighted by the inverse of its variance, and
 * χ² = slope² / var(slope). A value's standard error is taken from its 95% confidence interval as
 * (upper − lower) / 3.92.
 */
final class IntervalTrend implements TrendMethod {

    /**
     * The divisor Fingertips uses, literally 3.92 (2 × 1.96), not 2·Φ⁻¹(0.975) = 3.919927969. It is
     * kept so that results match Fingertips: the published test case gives χ² 46.77 with 3.92 and
     * 46.76 with 3.9199 (χ² scales by (3.92 / 3.9199)², 1.0000368).
     */
    static final double INTERVAL_WIDTH_IN_STANDARD_ERRORS = 3.92;

    @Override
    public String needs() {
        return "a 95% confidence interval";
    }

    @Override
    public Optional<String> problemWith(TrendPoint point) {
        Double lower = point.lowerCi95();
        Double upper = point.upperCi95();
        if (lower == null || upper == null || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            return Optional.of("has no 95% confidence interval");
        }
        if (upper <= lower) {
            return Optional.of("has a 95% confidence interval of no width (" + Numbers.text(lower) + " to "
                    + Numbers.text(upper) + ")");
        }
        return Optional.empty();
    }

    @Override
    public Fit fit(TrendPoint[] points) {
        WeightedLine line = line(points, TrendMethod.places(points.length));
        return new Fit(line.slope() * line.slope() / line.slopeVariance(), line.slope());
    }

    @Override
    public double checkSlope(TrendPoint[] points, double[] times) {
        return line(points, times).slope();
    }

    private static WeightedLine line(TrendPoint[] points, double[] times) {
        double[] values = new double[points.length];
        double[] weights = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            double standardError = (points[i].upperCi95() - points[i].lowerCi95()) / INTERVAL_WIDTH_IN_STANDARD_ERRORS;
            values[i] = points[i].value();
            weights[i] = 1 / (standardError * standardError);
        }
        return WeightedLine.fit(times, values, weights);
    }
}
