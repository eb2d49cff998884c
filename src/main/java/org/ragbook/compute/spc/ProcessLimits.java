package org.ragbook.compute.spc;

/**
 * The lines of an XmR chart for one period: the mean, the process limits at mean ± 2.66 × the mean
 * moving range, and the 2σ lines at two thirds of that distance (NHS England, Making Data Count;
 * NHSRplotthedots {@code ptd_spc}).
 */
record ProcessLimits(double mean, double meanMovingRange) {

    /** 3 / d2 for moving ranges of two points (d2 = 1.128): the distance to the limits in mean moving ranges. */
    static final double LIMIT_FACTOR = 2.66;
    /**
     * Moving ranges this many times the mean moving range or more are left out of it under the nhsr
     * profile (NHSRplotthedots' screening, 3.267 = D4 for ranges of two points).
     */
    static final double SCREENING_FACTOR = 3.267;

    static ProcessLimits of(double[] values, boolean screenMovingRanges) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double[] ranges = new double[Math.max(0, values.length - 1)];
        for (int i = 1; i < values.length; i++) {
            ranges[i - 1] = Math.abs(values[i] - values[i - 1]);
        }
        double meanRange = average(ranges, Double.POSITIVE_INFINITY);
        if (screenMovingRanges) {
            meanRange = average(ranges, SCREENING_FACTOR * meanRange);
        }
        return new ProcessLimits(mean, meanRange);
    }

    /** The mean of the ranges strictly below {@code ceiling}. */
    private static double average(double[] ranges, double ceiling) {
        double sum = 0;
        int n = 0;
        for (double r : ranges) {
            if (r < ceiling) {
                sum += r;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    double upper() {
        return mean + LIMIT_FACTOR * meanMovingRange;
    }

    double lower() {
        return mean - LIMIT_FACTOR * meanMovingRange;
    }

    double upperTwoSigma() {
        return mean + 2.0 / 3.0 * LIMIT_FACTOR * meanMovingRange;
    }

    double lowerTwoSigma() {
        return mean - 2.0 / 3.0 * LIMIT_FACTOR * meanMovingRange;
    }
}
