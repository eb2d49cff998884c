package org.ragbook.compute.spc;

import java.util.ArrayList;
import java.util.List;

/**
 * The four Making Data Count rules over a series whose every point carries its own period's lines,
 * so that a run may cross a recalculation (as the MDC tool's "crossing recalculations" scenarios
 * show). Comparisons are strict: a point on the mean breaks a shift, a tie breaks a trend. Two of
 * three beyond 2σ needs all three points on that side of the mean, and a point beyond a process
 * limit is the single-point rule's, not counted towards it (the MDC tool's two-sigma scenarios).
 */
final class SpecialCauses {

    /** A rule that fired at a point, on a side. Several may fire at one point. */
    record Flag(SpcRule rule, Side side) {
    }

    private SpecialCauses() {
    }

    static List<List<Flag>> find(double[] values, ProcessLimits[] lines, int runLength) {
        int n = values.length;
        List<List<Flag>> flags = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            flags.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            if (values[i] > lines[i].upper()) {
                flags.get(i).add(new Flag(SpcRule.SINGLE_POINT, Side.HIGH));
            } else if (values[i] < lines[i].lower()) {
                flags.get(i).add(new Flag(SpcRule.SINGLE_POINT, Side.LOW));
            }
        }
        twoOfThree(values, lines, flags);
        runs(n, i -> values[i] > lines[i].mean(), runLength, SpcRule.SHIFT, Side.HIGH, flags);
        runs(n, i -> values[i] < lines[i].mean(), runLength, SpcRule.SHIFT, Side.LOW, flags);
        // a trend of k points is k - 1 steps in one direction
        runs(n, i -> i > 0 && values[i] > values[i - 1], runLength - 1, SpcRule.TREND, Side.HIGH, flags, true);
        runs(n, i -> i > 0 && values[i] < values[i - 1], runLength - 1, SpcRule.TREND, Side.LOW, flags, true);
        return flags;
    }

    private static void twoOfThree(double[] values, ProcessLimits[] lines, List<List<Flag>> flags) {
        for (Side side : Side.values()) {
            boolean[] near = new boolean[values.length];
            for (int i = 0; i < values.length; i++) {
                ProcessLimits l = lines[i];
                near[i] = side == Side.HIGH
                        ? values[i] > l.upperTwoSigma() && values[i] <= l.upper()
                        : values[i] < l.lowerTwoSigma() && values[i] >= l.lower();
            }
            for (int start = 0; start + 2 < values.length; start++) {
                int count = (near[start] ? 1 : 0) + (near[start + 1] ? 1 : 0) + (near[start + 2] ? 1 : 0);
                if (count >= 2 && allOnSide(values, lines, start, side)) {
                    for (int i = start; i < start + 3; i++) {
                        if (near[i] && flags.get(i).stream().noneMatch(f -> f.rule() == SpcRule.TWO_OF_THREE)) {
                            flags.get(i).add(new Flag(SpcRule.TWO_OF_THREE, side));
                        }
                    }
                }
            }
        }
    }

    /** The three points of a window all strictly on one side of their mean: the MDC tool's reading of the rule. */
    private static boolean allOnSide(double[] values, ProcessLimits[] lines, int start, Side side) {
        for (int i = start; i < start + 3; i++) {
            boolean onSide = side == Side.HIGH ? values[i] > lines[i].mean() : values[i] < lines[i].mean();
            if (!onSide) {
                return false;
            }
        }
        return true;
    }

    private interface Test {
        boolean holds(int i);
    }

    private static void runs(int n, Test test, int length, SpcRule rule, Side side, List<List<Flag>> flags) {
        runs(n, test, length, rule, side, flags, false);
    }

    /**
     * Flags every point of each run of at least {@code length} consecutive points passing the test;
     * for steps (a trend), the point each run of steps starts from is flagged too.
     */
    private static void runs(int n, Test test, int length, SpcRule rule, Side side, List<List<Flag>> flags,
            boolean steps) {
        int start = 0;
        while (start < n) {
            if (!test.holds(start)) {
                start++;
                continue;
            }
            int end = start;
            while (end + 1 < n && test.holds(end + 1)) {
                end++;
            }
            if (end - start + 1 >= length) {
                for (int i = steps ? start - 1 : start; i <= end; i++) {
                    flags.get(i).add(new Flag(rule, side));
                }
            }
            start = end + 1;
        }
    }
}
