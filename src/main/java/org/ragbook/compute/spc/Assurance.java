package org.ragbook.compute.spc;

/**
 * The assurance icon: a target outside the latest process limits on the good side will be met
 * every time (consistent pass), on the bad side never (consistent fail); between them, hit or miss.
 * On a limit exactly, the mdc profile still decides (inclusive) and nhsr calls it hit or miss.
 */
record Assurance(AssuranceIcon icon, String reason) {

    static Assurance of(SpcOptions options, ProcessLimits latest, SpcProfile profile) {
        if (options.target() == null) {
            return new Assurance(null, "no target");
        }
        if (options.direction() == ImprovementDirection.NEUTRAL) {
            return new Assurance(null, "no improvement direction to judge the target by");
        }
        double target = options.target();
        boolean inclusive = profile.targetOnLimitIsDecided();
        boolean belowLower = inclusive ? target <= latest.lower() : target < latest.lower();
        boolean aboveUpper = inclusive ? target >= latest.upper() : target > latest.upper();
        boolean higherIsBetter = options.direction() == ImprovementDirection.INCREASE;
        if (belowLower) {
            return new Assurance(higherIsBetter ? AssuranceIcon.CONSISTENT_PASS : AssuranceIcon.CONSISTENT_FAIL, null);
        }
        if (aboveUpper) {
            return new Assurance(higherIsBetter ? AssuranceIcon.CONSISTENT_FAIL : AssuranceIcon.CONSISTENT_PASS, null);
        }
        return new Assurance(AssuranceIcon.INCONSISTENT, null);
    }
}
