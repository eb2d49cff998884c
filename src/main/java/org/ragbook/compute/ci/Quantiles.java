package org.ragbook.compute.ci;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Quantiles of the chi-squared and Student's t distributions, as R's {@code qchisq} and {@code qt}.
 * commons-math3 inverts these numerically with an absolute accuracy of 1e-9 by default, which is a
 * relative error of 1e-6 on an exact Poisson lower limit near 0.001; asking the solver for 1e-15
 * brings every quantile to about 1e-14 relative, well inside the 1e-9 we promise.
 */
final class Quantiles {

    private static final double INVERSION_ACCURACY = 1e-15;

    private Quantiles() {
    }

    static double chiSquared(double probability, double degreesOfFreedom) {
        return new ChiSquaredDistribution(null, degreesOfFreedom, INVERSION_ACCURACY)
                .inverseCumulativeProbability(probability);
    }

    static double studentT(double probability, double degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom, INVERSION_ACCURACY)
                .inverseCumulativeProbability(probability);
    }
}
