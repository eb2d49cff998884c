package org.ragbook.compute.spc;

import java.util.List;

/**
 * The two readings of Making Data Count that boards meet, kept apart by name and recorded with
 * every result so a chart can always say which produced it.
 *
 * @param runLength              points in a row that make a shift, and rising or falling that make a trend
 * @param screensMovingRanges    whether moving ranges of 3.267 × the mean moving range or more are left
 *                               out of the mean moving range (strict {@code <} keeps a range)
 * @param targetOnLimitIsDecided whether a target exactly on a process limit still gives a pass or fail
 *                               (inclusive) rather than hit-or-miss (strict)
 * @param minimumPoints          points needed for icons (and, where {@link #limitsUnderMinimum} is false,
 *                               for limits)
 * @param limitsUnderMinimum     whether limits are drawn below the minimum, with a warning
 * @param runsCrossPeriods       whether a shift, trend or two-of-three may run across a recalculation
 *                               (the MDC tool's "crossing recalculations" scenarios) or stays within its
 *                               period (NHSRplotthedots groups by rebase group before looking for runs)
 * @param improvementFirst       whether a point flagged as both improvement and concern shows
 *                               improvement (the MDC tool) or the side of its first rule in
 *                               {@code ruleOrder} (NHSRplotthedots' {@code ptd_special_cause_type})
 * @param ruleOrder              which rule names a point flagged by several
 */
public enum SpcProfile {
    /** NHS England's Making Data Count tool since 2024: the default. */
    MDC(6, false, true, 13, false, true, true,
            List.of(SpcRule.SINGLE_POINT, SpcRule.TWO_OF_THREE, SpcRule.SHIFT, SpcRule.TREND)),
    /**
     * NHSRplotthedots (nhs-r-community), for parity with R users' charts: its rule order is beyond a
     * limit, trend, two in three, then seven points on one side.
     */
    NHSR(7, true, false, 13, true, false, false,
            List.of(SpcRule.SINGLE_POINT, SpcRule.TREND, SpcRule.TWO_OF_THREE, SpcRule.SHIFT));

    private final int runLength;
    private final boolean screensMovingRanges;
    private final boolean targetOnLimitIsDecided;
    private final int minimumPoints;
    private final boolean limitsUnderMinimum;
    private final boolean runsCrossPeriods;
    private final boolean improvementFirst;
    private final List<SpcRule> ruleOrder;

    SpcProfile(int runLength, boolean screensMovingRanges, boolean targetOnLimitIsDecided, int minimumPoints,
            boolean limitsUnderMinimum, boolean runsCrossPeriods, boolean improvementFirst, List<SpcRule> ruleOrder) {
        this.runLength = runLength;
        this.screensMovingRanges = screensMovingRanges;
        this.targetOnLimitIsDecided = targetOnLimitIsDecided;
        this.minimumPoints = minimumPoints;
        this.limitsUnderMinimum = limitsUnderMinimum;
        this.runsCrossPeriods = runsCrossPeriods;
        this.improvementFirst = improvementFirst;
        this.ruleOrder = ruleOrder;
    }

    public int runLength() {
        return runLength;
    }

    public boolean screensMovingRanges() {
        return screensMovingRanges;
    }

    public boolean targetOnLimitIsDecided() {
        return targetOnLimitIsDecided;
    }

    public int minimumPoints() {
        return minimumPoints;
    }

    public boolean limitsUnderMinimum() {
        return limitsUnderMinimum;
    }

    public boolean runsCrossPeriods() {
        return runsCrossPeriods;
    }

    public boolean improvementFirst() {
        return improvementFirst;
    }

    /** The first of several rules at a point: the one it is labelled by. */
    int rank(SpcRule rule) {
        return ruleOrder.indexOf(rule);
    }
}
