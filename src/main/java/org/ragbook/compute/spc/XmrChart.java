package org.ragbook.compute.spc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An XmR chart the way NHS boards read it (NHS England, "Making Data Count"; NHSRplotthedots
 * {@code ptd_spc}): per point the mean, process limits and 2σ lines of its period, the special-cause
 * rule that flags it and whether that is improvement, concern or neither; and the variation and
 * assurance icons of the latest point. Each recalculation date starts a new period with limits of
 * its own; a baseline fixes each period's limits on its first points. Under the mdc profile runs
 * are judged across recalculations, each point against its own period's lines, and where a point is
 * both improvement and concern (a falling trend that starts above the limit) improvement shows, as
 * in the MDC tool; under nhsr each period is judged alone and the first rule in NHSRplotthedots'
 * order decides (see {@link SpcProfile}).
 */
public final class XmrChart {

    private XmrChart() {
    }

    public static SpcResult analyse(List<SpcPoint> series, SpcOptions options) {
        SpcProfile profile = options.profile();
        List<String> warnings = new ArrayList<>();
        int n = series.size();
        boolean enough = n >= profile.minimumPoints();
        if (!enough) {
            warnings.add(n + (n == 1 ? " point" : " points") + ": Making Data Count needs at least " + profile.minimumPoints()
                    + (profile.limitsUnderMinimum() ? " for limits to be relied on." : " for limits and icons."));
        }
        if (n == 0 || !(enough || profile.limitsUnderMinimum())) {
            List<SpcRow> rows = series.stream().map(p -> new SpcRow(p.date(), p.value(), null, null, null, null, null,
                    SpcRule.NONE, PointType.COMMON_CAUSE)).toList();
            return new SpcResult(rows, null, null, "too few points for limits", warnings, profile);
        }
        double[] values = series.stream().mapToDouble(SpcPoint::value).toArray();
        List<Integer> starts = periodStarts(series, options);
        if (enough && profile.limitsUnderMinimum()) {
            shortPeriods(series, starts, profile, warnings);
        }
        ProcessLimits[] lines = lines(values, starts, options);
        List<List<SpecialCauses.Flag>> flags = profile.runsCrossPeriods()
                ? SpecialCauses.find(values, lines, profile.runLength())
                : withinPeriods(values, lines, starts, profile.runLength());
        List<SpcRow> rows = new ArrayList<>(n);
        List<Optional<SpecialCauses.Flag>> shown = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Optional<SpecialCauses.Flag> flag = profile.improvementFirst()
                    ? improvementFirst(flags.get(i), options.direction(), profile)
                    : firstInOrder(i, flags, values, starts, profile);
            shown.add(flag);
            ProcessLimits l = lines[i];
            rows.add(new SpcRow(series.get(i).date(), values[i], l.mean(), l.lower(), l.upper(), l.lowerTwoSigma(),
                    l.upperTwoSigma(), flag.map(SpecialCauses.Flag::rule).orElse(SpcRule.NONE),
                    flag.map(f -> type(f.side(), options.direction())).orElse(PointType.COMMON_CAUSE)));
        }
        VariationIcon variation = shown.get(n - 1).map(f -> variation(f.side(), options.direction()))
                .orElse(VariationIcon.COMMON_CAUSE);
        Assurance assurance = Assurance.of(options, lines[n - 1], profile);
        return new SpcResult(rows, variation, assurance.icon(), assurance.reason(), warnings, profile);
    }

    /** The first point of each period, then the series' length: periods start at each recalculation date. */
    private static List<Integer> periodStarts(List<SpcPoint> series, SpcOptions options) {
        int n = series.size();
        List<Integer> starts = new ArrayList<>(List.of(0));
        options.recalculations().stream().sorted(Comparator.naturalOrder())
                .map(date -> firstOnOrAfter(series, date))
                .filter(i -> i > starts.get(starts.size() - 1) && i < n)
                .forEach(starts::add);
        starts.add(n);
        return starts;
    }

    /**
     * A period after a recalculation with fewer points than the minimum has trial limits, as
     * NHSRplotthedots warns of each rebase group shorter than its threshold.
     */
    private static void shortPeriods(List<SpcPoint> series, List<Integer> starts, SpcProfile profile,
            List<String> warnings) {
        for (int p = 0; p + 1 < starts.size(); p++) {
            int size = starts.get(p + 1) - starts.get(p);
            if (size < profile.minimumPoints()) {
                warnings.add("the period from " + series.get(starts.get(p)).date() + " has " + size
                        + " points: its limits are trial limits until it has " + profile.minimumPoints() + ".");
            }
        }
    }

    /** Each point's period's lines; a baseline fixes them on the period's first points. */
    private static ProcessLimits[] lines(double[] values, List<Integer> starts, SpcOptions options) {
        ProcessLimits[] lines = new ProcessLimits[values.length];
        for (int p = 0; p + 1 < starts.size(); p++) {
            int from = starts.get(p);
            int to = starts.get(p + 1);
            int fixedOn = options.baseline() == null ? to : Math.min(to, from + options.baseline());
            ProcessLimits period = ProcessLimits.of(Arrays.copyOfRange(values, from, fixedOn),
                    options.profile().screensMovingRanges());
            Arrays.fill(lines, from, to, period);
        }
        return lines;
    }

    /** The rules judged in each period alone, as NHSRplotthedots groups points by rebase group first. */
    private static List<List<SpecialCauses.Flag>> withinPeriods(double[] values, ProcessLimits[] lines,
            List<Integer> starts, int runLength) {
        List<List<SpecialCauses.Flag>> flags = new ArrayList<>(values.length);
        for (int p = 0; p + 1 < starts.size(); p++) {
            int from = starts.get(p);
            int to = starts.get(p + 1);
            flags.addAll(SpecialCauses.find(Arrays.copyOfRange(values, from, to), Arrays.copyOfRange(lines, from, to),
                    runLength));
        }
        return flags;
    }

    private static int firstOnOrAfter(List<SpcPoint> series, LocalDate date) {
        for (int i = 0; i < series.size(); i++) {
            if (!series.get(i).date().isBefore(date)) {
                return i;
            }
        }
        return series.size();
    }

    /** Improvement over concern; for a metric with no direction, the first rule's side. */
    private static Optional<SpecialCauses.Flag> improvementFirst(List<SpecialCauses.Flag> flags,
            ImprovementDirection direction, SpcProfile profile) {
        Comparator<SpecialCauses.Flag> inOrder = Comparator.comparingInt(f -> profile.rank(f.rule()));
        if (direction != ImprovementDirection.NEUTRAL) {
            Side better = direction == ImprovementDirection.INCREASE ? Side.HIGH : Side.LOW;
            Optional<SpecialCauses.Flag> improvement = flags.stream().filter(f -> f.side() == better).min(inOrder);
            if (improvement.isPresent()) {
                return improvement;
            }
        }
        return flags.stream().min(inOrder);
    }

    /**
     * The first rule in the profile's order, on its side. A trend point takes the direction of its
     * step to the next point where that point is in a trend too, else of its step from the last
     * in its period (NHSRplotthedots' {@code ptd_special_cause_type}), so the peak between a rise
     * and a fall belongs to the fall; a level step counts as falling there.
     */
    private static Optional<SpecialCauses.Flag> firstInOrder(int i, List<List<SpecialCauses.Flag>> flags,
            double[] values, List<Integer> starts, SpcProfile profile) {
        Optional<SpecialCauses.Flag> first = flags.get(i).stream()
                .min(Comparator.comparingInt(f -> profile.rank(f.rule())));
        if (first.isEmpty() || first.get().rule() != SpcRule.TREND) {
            return first;
        }
        boolean nextInTrend = !starts.contains(i + 1)
                && flags.get(i + 1).stream().anyMatch(f -> f.rule() == SpcRule.TREND);
        boolean rising = nextInTrend ? values[i + 1] > values[i] : values[i] > values[i - 1];
        return Optional.of(new SpecialCauses.Flag(SpcRule.TREND, rising ? Side.HIGH : Side.LOW));
    }

    private static PointType type(Side side, ImprovementDirection direction) {
        return switch (direction) {
            case NEUTRAL -> side == Side.HIGH ? PointType.SPECIAL_CAUSE_NEUTRAL_HIGH : PointType.SPECIAL_CAUSE_NEUTRAL_LOW;
            case INCREASE -> side == Side.HIGH ? PointType.SPECIAL_CAUSE_IMPROVEMENT : PointType.SPECIAL_CAUSE_CONCERN;
            case DECREASE -> side == Side.LOW ? PointType.SPECIAL_CAUSE_IMPROVEMENT : PointType.SPECIAL_CAUSE_CONCERN;
        };
    }

    private static VariationIcon variation(Side side, ImprovementDirection direction) {
        boolean high = side == Side.HIGH;
        return switch (type(side, direction)) {
            case SPECIAL_CAUSE_IMPROVEMENT -> high ? VariationIcon.IMPROVEMENT_HIGH : VariationIcon.IMPROVEMENT_LOW;
            case SPECIAL_CAUSE_CONCERN -> high ? VariationIcon.CONCERN_HIGH : VariationIcon.CONCERN_LOW;
            default -> high ? VariationIcon.NEITHER_HIGH : VariationIcon.NEITHER_LOW;
        };
    }
}
