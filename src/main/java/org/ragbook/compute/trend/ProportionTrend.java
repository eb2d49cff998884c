package org.ragbook.compute.trend;

import java.util.Optional;

/**
 * Fingertips' recent-trend test for proportions (fingertips-open
 * {@code TrendMarkerCalculator.IsSignificantForProportions}; Fingertips technical guidance, "Trend
 * markers"): the chi-squared test for linear trend in proportions (Armitage 1955) on each period's
 * count x and denominator n at times t = 1…5, with N = Σn and X = Σx:
 * χ² = N(NΣxt − XΣnt)² / (X(N − X)(NΣnt² − (Σnt)²)). The slope is that of the proportions on time
 * weighted by their denominators, (NΣxt − XΣnt) / (NΣnt² − (Σnt)²), times the multiplier. The
 * check that no one period decides the direction uses, as Fingertips does, the unweighted slope of
 * the log-odds ln(x / (n − x)), so a count of 0 or equal to its denominator cannot take part.
 */
final class ProportionTrend implements TrendMethod {

    private final double multiplier;

    ProportionTrend(double multiplier) {
        this.multiplier = multiplier;
    }

    @Override
    public String needs() {
        return "a count and a denominator";
    }

    @Override
    public Optional<String> problemWith(TrendPoint point) {
        Double count = point.count();
        Double denominator = point.denominator();
        if (count == null || denominator == null || !Double.isFinite(count) || !Double.isFinite(denominator)) {
            return Optional.of("has no count and denominator");
        }
        String counts = "count " + Numbers.text(count) + " of " + Numbers.text(denominator);
        if (denominator <= 0 || count < 0 || count > denominator) {
            return Optional.of("has a " + counts + ", which is not a proportion");
        }
        if (count == 0 || count.equals(denominator)) {
            return Optional.of("has a " + counts + ", whose log-odds are infinite");
        }
        return Optional.empty();
    }

    @Override
    public Fit fit(TrendPoint[] points) {
        double[] times = TrendMethod.places(points.length);
        double[] proportions = new double[points.length];
        double[] denominators = new double[points.length];
        double total = 0;
        double events = 0;
        for (int i = 0; i < points.length; i++) {
            proportions[i] = points[i].count() / points[i].denominator();
            denominators[i] = points[i].denominator();
            total += points[i].denominator();
            events += points[i].count();
        }
        WeightedLine line = WeightedLine.fit(times, proportions, denominators);
        double overall = events / total;
        double nullVariance = overall * (1 - overall) * line.slopeVariance();
        return new Fit(line.slope() * line.slope() / nullVariance, line.slope() * multiplier);
    }

    @Override
    public double checkSlope(TrendPoint[] points, double[] times) {
        double[] logOdds = new double[points.length];
        double[] equal = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            logOdds[i] = Math.log(points[i].count() / (points[i].denominator() - points[i].count()));
            equal[i] = 1;
        }
        return WeightedLine.fit(times, logOdds, equal).slope();
    }
}
