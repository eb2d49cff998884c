package org.ragbook.compute;

import org.ragbook.compute.ci.Interval;
import org.ragbook.schema.Polarity;

/**
 * Compares an area with its benchmark by Fingertips' "single overlapping confidence interval"
 * method (OHID, Fingertips technical guidance; PHEindicatormethods documentation): the benchmark
 * value inside the area's 95% CI, boundaries included, is Similar; otherwise the side it falls on
 * decides Better or Worse by polarity, or Higher/Lower when the indicator has no polarity.
 */
public final class BenchmarkComparison {

    private BenchmarkComparison() {
    }

    public static Comparison compare(Double lowerCi, Double upperCi, Double benchmark, Polarity polarity) {
        if (lowerCi == null || upperCi == null || benchmark == null) {
            return Comparison.NOT_COMPARED;
        }
        boolean higher = lowerCi > benchmark;
        boolean lower = upperCi < benchmark;
        if (!higher && !lower) {
            return Comparison.SIMILAR;
        }
        return byPolarity(higher, polarity, Comparison.BETTER, Comparison.WORSE);
    }

    /**
     * Fingertips' comparison at two levels (fingertips-open, PholioVisualisationWS/Analysis/
     * SingleOverlappingCIsForTwoCILevelsComparer.cs): the benchmark inside the 95% CI is Similar;
     * between a 95% and the 99.8% limit on the same side, both limits included, Better or Worse by
     * polarity; beyond the 99.8% limit, Best or Worst. Both intervals are needed, else Not compared.
     * Fingertips has no two-level words for an indicator without polarity (its BlueOrangeBlue
     * labels stop at Higher and Lower), so such an indicator is compared at 95% alone.
     */
    public static Comparison compareAtTwoLevels(Interval ci95, Interval ci998, Double benchmark, Polarity polarity) {
        if (polarity == Polarity.NONE) {
            return ci95 == null ? Comparison.NOT_COMPARED : compare(ci95.lower(), ci95.upper(), benchmark, polarity);
        }
        if (!usable(ci95) || !usable(ci998) || benchmark == null) {
            return Comparison.NOT_COMPARED;
        }
        Comparison at95 = compare(ci95.lower(), ci95.upper(), benchmark, polarity);
        boolean higher = ci998.lower() > benchmark;
        boolean lower = ci998.upper() < benchmark;
        if (at95 == Comparison.SIMILAR || !higher && !lower) {
            return at95;
        }
        return byPolarity(higher, polarity, Comparison.BEST, Comparison.WORST);
    }

    /** Fingertips' "CIs valid": both limits there; a NaN limit is one the method could not give. */
    private static boolean usable(Interval ci) {
        return ci != null && !Double.isNaN(ci.lower()) && !Double.isNaN(ci.upper());
    }

    /** {@code good} when the area is on the side its polarity prefers, else {@code bad}; Higher/Lower without one. */
    private static Comparison byPolarity(boolean higher, Polarity polarity, Comparison good, Comparison bad) {
        return switch (polarity) {
            case HIGH -> higher ? good : bad;
            case LOW -> higher ? bad : good;
            case NONE -> higher ? Comparison.HIGHER : Comparison.LOWER;
        };
    }
}
