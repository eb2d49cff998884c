package org.ragbook.compute.trend;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.ragbook.schema.PeriodFormat;

/**
 * The most recent points of a series that a trend may be tested on, or why there are not enough.
 * Following the Fingertips trend-marker criteria, the periods must be independent years (calendar,
 * financial, or twelve months from another month), not rolling several-year periods and not
 * months or quarters; and the points, counted back from the latest, must be unbroken: no period
 * missing and none without what the test needs.
 */
record RecentPoints(TrendPoint[] points, String problem) {

    static RecentPoints select(List<TrendPoint> series, TrendMethod method, int wanted) {
        if (series.isEmpty()) {
            return refused("there are no periods to test");
        }
        List<String> periods = series.stream().map(TrendPoint::period).toList();
        Optional<PeriodFormat> format = PeriodOrder.commonFormat(periods);
        if (format.isEmpty()) {
            return refused("the periods (" + String.join(", ", periods) + ") cannot be put in order");
        }
        Optional<String> notYearly = notYearly(format.get(), periods.get(0));
        if (notYearly.isPresent()) {
            return refused(notYearly.get());
        }
        PeriodFormat order = format.get();
        List<TrendPoint> sorted = series.stream()
                .sorted(Comparator.comparingInt(p -> PeriodOrder.ordinal(order, p.period()).getAsInt()))
                .toList();
        Deque<TrendPoint> recent = new ArrayDeque<>();
        for (int i = sorted.size() - 1; i >= 0 && recent.size() < wanted; i--) {
            TrendPoint point = sorted.get(i);
            Optional<String> gap = recent.isEmpty() ? Optional.empty() : gap(order, point, recent.peekFirst());
            if (gap.isPresent()) {
                return unbroken(method, wanted, gap.get());
            }
            Optional<String> problem = Double.isFinite(point.value())
                    ? method.problemWith(point)
                    : Optional.of("has no value");
            if (problem.isPresent()) {
                return unbroken(method, wanted, point.period() + " " + problem.get());
            }
            recent.addFirst(point);
        }
        if (recent.size() < wanted) {
            return unbroken(method, wanted, "there are only " + recent.size() + " (" + recent.peekFirst().period()
                    + " to " + recent.peekLast().period() + ")");
        }
        return new RecentPoints(recent.toArray(TrendPoint[]::new), null);
    }

    private static Optional<String> notYearly(PeriodFormat format, String example) {
        return switch (format) {
            case MULTI_YEAR -> Optional.of("periods of several years (" + example + ") overlap or roll on, and only "
                    + "independent yearly periods are tested for a recent trend");
            case MONTH -> Optional.of("monthly periods (" + example + ") are not tested for a recent trend, only "
                    + "yearly ones");
            case QUARTER -> Optional.of("quarterly periods (" + example + ") are not tested for a recent trend, only "
                    + "yearly ones");
            default -> Optional.empty();
        };
    }

    private static Optional<String> gap(PeriodFormat order, TrendPoint earlier, TrendPoint later) {
        int step = PeriodOrder.ordinal(order, later.period()).getAsInt()
                - PeriodOrder.ordinal(order, earlier.period()).getAsInt();
        if (step == 0) {
            return Optional.of(later.period() + " appears twice");
        }
        return step == 1 ? Optional.empty()
                : Optional.of("the series jumps from " + earlier.period() + " to " + later.period());
    }

    private static RecentPoints unbroken(TrendMethod method, int wanted, String why) {
        return refused("the " + wanted + " most recent periods must be unbroken, each with " + method.needs()
                + ", but " + why);
    }

    private static RecentPoints refused(String problem) {
        return new RecentPoints(null, problem);
    }
}
