package org.ragbook.compute;

import org.ragbook.schema.Target;

/**
 * Judges a value against its indicator's target. A miss by no more than the schema's amber
 * tolerance is "within tolerance" (amber), as boards read near misses; with no tolerance (0, the
 * default) every miss is red, even a value exactly on a strict target ({@code 95} against
 * {@code > 95}), which misses by nothing.
 */
public final class TargetAssessment {

    private TargetAssessment() {
    }

    public static TargetResult assess(Double value, Target target) {
        if (target == null || value == null) {
            return TargetResult.NO_TARGET;
        }
        if (target.operator().holds(value, target.value())) {
            return TargetResult.MET;
        }
        boolean nearMiss = target.amberTolerance() > 0 && shortfall(value, target) <= target.amberTolerance();
        return nearMiss ? TargetResult.WITHIN_TOLERANCE : TargetResult.MISSED;
    }

    /** How far the value is on the wrong side of the target, in the value's units. */
    public static double shortfall(double value, Target target) {
        return Math.abs(value - target.value());
    }
}
