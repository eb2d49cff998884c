package org.ragbook.compute.trend;

/**
 * The weighted least-squares line through points (t, y): its slope, and the slope's variance when
 * each weight is the inverse of its point's variance. Both trend tests are built on it.
 */
record WeightedLine(double slope, double slopeVariance) {

    static WeightedLine fit(double[] t, double[] y, double[] w) {
        double sw = 0;
        double swt = 0;
        double swy = 0;
        double swtt = 0;
        double swty = 0;
        for (int i = 0; i < t.length; i++) {
            sw += w[i];
            swt += w[i] * t[i];
            swy += w[i] * y[i];
            swtt += w[i] * t[i] * t[i];
            swty += w[i] * t[i] * y[i];
        }
        double spread = sw * swtt - swt * swt;
        return new WeightedLine((sw * swty - swt * swy) / spread, sw / spread);
    }
}
