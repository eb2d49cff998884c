package org.ragbook.compute.trend;

import java.util.ArrayList;
import java.util.List;

/**
 * Data set 1 of fingertips-open {@code AnalysisTest/TrendMarkerCalculatorTest}, oldest first: counts
 * over denominators, their values per 1,000 and 95% confidence intervals, for 2014 to 2018.
 */
final class FingertipsTrendData {

    static final String[] YEARS = {"2014", "2015", "2016", "2017", "2018"};
    static final double[] COUNTS = {994, 1023, 1199, 1332, 1367};
    static final double[] DENOMINATORS = {40299, 41527, 42811, 44064, 44701};
    static final double[] VALUES = {24.67, 24.6, 28, 30.2, 30.6};
    static final double[] LOWER = {23.16, 23.15, 26.44, 28.63, 28.98};
    static final double[] UPPER = {26.25, 26.19, 29.64, 31.9, 32.25};

    private FingertipsTrendData() {
    }

    /** Data set 1 as counts over denominators, for the proportions test. */
    static List<TrendPoint> countSeries() {
        return proportions(YEARS, COUNTS, DENOMINATORS, 1000);
    }

    /** Data set 1 as values with 95% intervals, for the regression test. */
    static List<TrendPoint> intervalSeries() {
        return intervals(YEARS, VALUES, LOWER, UPPER);
    }

    static List<TrendPoint> proportions(String[] periods, double[] counts, double[] denominators, double multiplier) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < periods.length; i++) {
            points.add(TrendPoint.ofCounts(periods[i], counts[i] / denominators[i] * multiplier, counts[i],
                    denominators[i]));
        }
        return points;
    }

    static List<TrendPoint> intervals(String[] periods, double[] values, double[] lower, double[] upper) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < periods.length; i++) {
            points.add(TrendPoint.ofInterval(periods[i], values[i], lower[i], upper[i]));
        }
        return points;
    }

    /** χ² as the Fingertips tests compare it: rounded to 2 decimal places. */
    static double rounded(Double value) {
        return Math.round(value * 100) / 100.0;
    }
}
