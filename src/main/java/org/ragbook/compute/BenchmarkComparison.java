package org.ragbook.compute;

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
        return switch (polarity) {
            case HIGH -> higher ? Comparison.BETTER : Comparison.WORSE;
            case LOW -> higher ? Comparison.WORSE : Comparison.BETTER;
            case NONE -> higher ? Comparison.HIGHER : Comparison.LOWER;
        };
    }
}
