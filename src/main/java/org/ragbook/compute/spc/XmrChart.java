package org.ragbook.compute.spc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An XmR chart the way NHS boards read it (NHS England, "Making Data Count"; NHSRplotthedots
 * {@code ptd_spc}): per point the mean, process limits and 2σ lines of its period, the special-cause
 * rule that flags it and whether that is improvement, concern or neither; and the variation and
 * assurance icons of the latest point. Each recalculation date starts a new period with limits of
 * its own; a baseline fixes each period's limits on its first points. Runs are judged across
 * recalculations, each point against its own period's lines. Where a point is both improvement and
 * concern (a falling trend that starts above the limit), improvement shows, as in the MDC tool.
 */
public final class XmrChart {

    private static final List<SpcRule> PRIORITY = List.of(SpcRule.SINGLE_POINT, SpcRule.TWO_OF_THREE,
            SpcRule.SHIFT, SpcRule.TREND);

    private XmrChart() {
    }

    public static SpcResult analyse(List<SpcPoint> series, SpcOptions options) {
        SpcProfile profile = options.profile();
        List<String> warnings = new ArrayList<>();
        int n = series.size();
        boolean enough = n >= profile.minimumPoints();
        if (!enough) {
            warnings.add(n + " points: Making Data Count needs at least " + profile.minimumPoints()
                    + (profile.limitsUnderMinimum() ? " for limits to be relied on." : " for limits and icons."));
        }
        if (n == 0 || !(enough || profile.limitsUnderMinimum())) {
            List<SpcRow> rows = series.stream().map(p -> new SpcRow(p.date(), p.value(), null, null, null, null, null,
                    SpcRule.NONE, PointType.COMMON_CAUSE)).toList();
            return new SpcResult(rows, null, null, "too few points for limits", warnings, profile);
        }
        double[] values = series.stream().mapToDouble(SpcPoint::value).toArray();
        ProcessLimits[] lines = lines(series, values, options);
        List<List<SpecialCauses.Flag>> flags = SpecialCauses.find(values, lines, profile.runLength());
        List<SpcRow> rows = new ArrayList<>(n);
        List<Optional<SpecialCauses.Flag>> shown = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Optional<SpecialCauses.Flag> flag = shownFlag(flags.get(i), options.direction());
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

    /** Each point's period's lines: periods start at each recalculation date; a baseline fixes them on its first points. */
    private static ProcessLimits[] lines(List<SpcPoint> series, double[] values, SpcOptions options) {
        int n = values.length;
        ProcessLimits[] lines = new ProcessLimits[n];
        List<Integer> starts = new ArrayList<>(List.of(0));
        options.recalculations().stream().sorted(Comparator.naturalOrder())
                .map(date -> firstOnOrAfter(series, date))
                .filter(i -> i > starts.get(starts.size() - 1) && i < n)
                .forEach(starts::add);
        starts.add(n);
        for (int p = 0; p + 1 < starts.size(); p++) {
            int from = starts.get(p);
            int to = starts.get(p + 1);
            int fixedOn = options.baseline() == null ? to : Math.min(to, from + options.baseline());
            double[] basis = java.util.Arrays.copyOfRange(values, from, fixedOn);
            ProcessLimits period = ProcessLimits.of(basis, options.profile().screensMovingRanges());
            for (int i = from; i < to; i++) {
                lines[i] = period;
            }
        }
        return lines;
    }

    private static int firstOnOrAfter(List<SpcPoint> series, LocalDate date) {
        for (int i = 0; i < series.size(); i++) {
            if (!series.get(i).date().isBefore(date)) {
                return i;
            }
        }
        return series.size();
    }

    /** Improvement over concern; for a metric with no direction, the highest-priority rule's side. */
    private static Optional<SpecialCauses.Flag> shownFlag(List<SpecialCauses.Flag> flags, ImprovementDirection direction) {
        Comparator<SpecialCauses.Flag> byPriority = Comparator.comparingInt(f -> PRIORITY.indexOf(f.rule()));
        if (direction != ImprovementDirection.NEUTRAL) {
            Side better = direction == ImprovementDirection.INCREASE ? Side.HIGH : Side.LOW;
            Optional<SpecialCauses.Flag> improvement = flags.stream().filter(f -> f.side() == better).min(byPriority);
            if (improvement.isPresent()) {
                return improvement;
            }
        }
        return flags.stream().min(byPriority);
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
