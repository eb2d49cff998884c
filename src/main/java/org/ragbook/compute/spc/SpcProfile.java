package org.ragbook.compute.spc;

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
 */
public enum SpcProfile {
    /** NHS England's Making Data Count tool since 2024: the default. */
    MDC(6, false, true, 13, false),
    /** NHSRplotthedots (nhs-r-community), for parity with R users' charts. */
    NHSR(7, true, false, 13, true);

    private final int runLength;
    private final boolean screensMovingRanges;
    private final boolean targetOnLimitIsDecided;
    private final int minimumPoints;
    private final boolean limitsUnderMinimum;

    SpcProfile(int runLength, boolean screensMovingRanges, boolean targetOnLimitIsDecided, int minimumPoints,
            boolean limitsUnderMinimum) {
        this.runLength = runLength;
        this.screensMovingRanges = screensMovingRanges;
        this.targetOnLimitIsDecided = targetOnLimitIsDecided;
        this.minimumPoints = minimumPoints;
        this.limitsUnderMinimum = limitsUnderMinimum;
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
}
