package org.ragbook.compute.ci;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The two confidence levels OHID publishes on Fingertips: 95% for comparing an area with its
 * benchmark and 99.8% (roughly three standard errors) for funnel plots and the tighter test.
 * Source: Fingertips technical guidance, "Confidence intervals"; PHEindicatormethods, where
 * {@code confidence = c(0.95, 0.998)} is the only pair its functions accept.
 */
public enum ConfidenceLevel {
    NINETY_FIVE(0.05, "95.0"),
    NINETY_NINE_POINT_EIGHT(0.002, "99.8");

    private final double alpha;
    private final String label;
    private final double z;

    ConfidenceLevel(double alpha, String label) {
        this.alpha = alpha;
        this.label = label;
        // A null random generator: the distribution is only inverted, never sampled.
        this.z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(upperTail());
    }

    /** Φ⁻¹(1 − α/2) at full double precision, as R's {@code qnorm(confidence + (1 - confidence) / 2)}. */
    public double z() {
        return z;
    }

    /** The level as Fingertips writes it in column names ("Lower CI 95.0 limit"): "95.0" or "99.8". */
    public String label() {
        return label;
    }

    /** The two-sided significance level: 0.05 or 0.002. */
    public double alpha() {
        return alpha;
    }

    /** α/2, the probability left below the lower limit. */
    double lowerTail() {
        return alpha / 2;
    }

    /** 1 − α/2, the probability below the upper limit. */
    double upperTail() {
        return 1 - alpha / 2;
    }
}
