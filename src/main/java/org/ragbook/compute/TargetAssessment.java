package org.ragbook.compute;

import org.ragbook.schema.Target;

/**
 * Judges a value against its indicator's target. A miss by no more than the schema's amber
 * tolerance is "within tolerance" (amber), as boards read near misses.
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
        return shortfall(value, target) <= target.amberTolerance() ? TargetResult.WITHIN_TOLERANCE : TargetResult.MISSED;
    }

    /** How far the value is on the wrong side of the target, in the value's units. */
    public static double shortfall(double value, Target target) {
        return Math.abs(value - target.value());
    }
}
