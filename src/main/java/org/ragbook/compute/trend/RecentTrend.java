package org.ragbook.compute.trend;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.ragbook.compute.trend.TrendMethod.Fit;
import org.ragbook.schema.Polarity;
import org.ragbook.schema.ValueType;

/**
 * Fingertips' "Recent Trend" of an area's series (OHID Fingertips technical guidance, "Trend
 * markers"; fingertips-open {@code TrendMarkerCalculator} and {@code TrendRequest}). The test runs
 * on the {@value #POINTS} most recent unbroken yearly points: proportions by the chi-squared test for
 * linear trend on their counts and denominators ({@link ProportionTrend}), rates, ratios and means
 * by inverse-variance weighted regression on their 95% confidence intervals ({@link IntervalTrend});
 * counts are not tested. The trend is significant when χ² exceeds z² at the 99.8% level
 * (z = Φ⁻¹(0.999), z² = 9.5495) and the slope keeps its sign when any one of the points is left
 * out, so that a single unusual period cannot make a trend; its direction is the slope's sign.
 */
public final class RecentTrend {

    public static final int POINTS = 5;

    /** χ² on one degree of freedom at the two-sided 99.8% level: Φ⁻¹(0.999)² = 9.54953570608324. */
    static final double CRITICAL_CHI_SQUARED = Math.pow(new NormalDistribution().inverseCumulativeProbability(0.999), 2);

    private RecentTrend() {
    }

    /**
     * The recent trend of {@code oldestFirst}, a series ending at its latest period; {@code multiplier}
     * is the indicator's "per" (100 for a percentage) and sets the units of a proportion's slope.
     */
    public static TrendResult assess(List<TrendPoint> oldestFirst, ValueType type, double multiplier,
            Polarity polarity) {
        if (type == ValueType.COUNT) {
            return TrendResult.cannotBeCalculated("counts are not tested for a recent trend, only rates, "
                    + "proportions, ratios and means");
        }
        TrendMethod method = type == ValueType.PROPORTION ? new ProportionTrend(multiplier) : new IntervalTrend();
        RecentPoints recent = RecentPoints.select(oldestFirst, method, POINTS);
        if (recent.problem() != null) {
            return TrendResult.cannotBeCalculated(recent.problem());
        }
        TrendPoint[] points = recent.points();
        Fit fit = method.fit(points);
        String statistic = String.format(Locale.ROOT, "χ² for trend %.2f over %s to %s", fit.chiSquared(),
                points[0].period(), points[points.length - 1].period());
        String threshold = String.format(Locale.ROOT, "%.2f (99.8%% level)", CRITICAL_CHI_SQUARED);
        if (!(fit.chiSquared() > CRITICAL_CHI_SQUARED)) {
            return new TrendResult(TrendLabel.NO_SIGNIFICANT_CHANGE, fit.chiSquared(), fit.slope(),
                    statistic + " is not above " + threshold);
        }
        int decisive = pointDecidingDirection(points, method);
        if (decisive >= 0) {
            return new TrendResult(TrendLabel.NO_SIGNIFICANT_CHANGE, fit.chiSquared(), fit.slope(), statistic
                    + " is above " + threshold + ", but leaving out " + points[decisive].period()
                    + " reverses the slope");
        }
        return new TrendResult(TrendLabel.significant(fit.slope() > 0, polarity), fit.chiSquared(), fit.slope(),
                statistic + " is above " + threshold + " and the slope keeps its sign whichever period is left out");
    }

    /**
     * The index of the first point whose omission turns the check slope the other way, or −1. As in
     * Fingertips, a slope of exactly 0 counts as rising.
     */
    private static int pointDecidingDirection(TrendPoint[] points, TrendMethod method) {
        double[] places = TrendMethod.places(points.length);
        boolean rising = method.checkSlope(points, places) >= 0;
        for (int left = 0; left < points.length; left++) {
            TrendPoint[] others = new TrendPoint[points.length - 1];
            double[] times = new double[points.length - 1];
            for (int i = 0, j = 0; i < points.length; i++) {
                if (i != left) {
                    others[j] = points[i];
                    times[j++] = places[i];
                }
            }
            if (method.checkSlope(others, times) >= 0 != rising) {
                return left;
            }
        }
        return -1;
    }
}
