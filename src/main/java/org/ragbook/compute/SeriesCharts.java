package org.ragbook.compute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.ragbook.compute.ci.Estimate;
import org.ragbook.compute.spc.ImprovementDirection;
import org.ragbook.compute.spc.SpcOptions;
import org.ragbook.compute.spc.SpcProfile;
import org.ragbook.compute.spc.SpcPoint;
import org.ragbook.compute.spc.XmrChart;
import org.ragbook.compute.trend.PeriodOrder;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.PeriodFormat;
import org.ragbook.schema.SpcSettings;
import org.ragbook.validate.Finding;
import org.ragbook.validate.Observation;
import org.ragbook.validate.Rule;

/**
 * Charts every series of the indicators a schema marks {@code spc} (monthly NHS metrics), areas
 * only, with the stored months before the return's own. A month missing from a series is a finding
 * at the first value after the gap, and that series is not charted: Making Data Count never bridges
 * a gap.
 */
final class SeriesCharts {

    private SeriesCharts() {
    }

    static List<SeriesChart> of(List<Observation> observations, Estimate[] usable, List<Observation> past,
            List<Finding> findings) {
        Map<String, Map<Integer, Point>> series = new LinkedHashMap<>();
        Set<String> inReturn = new HashSet<>();
        for (int i = 0; i < observations.size(); i++) {
            add(series, observations.get(i), usable[i], true, inReturn);
        }
        for (Observation o : past) {
            add(series, o, StoredEstimate.of(o), false, inReturn);
        }
        List<SeriesChart> charts = new ArrayList<>();
        for (Map<Integer, Point> months : series.values()) {
            List<Point> points = new ArrayList<>(months.values());
            points.sort(Comparator.comparingInt(Point::month));
            if (!hasGap(points, findings)) {
                charts.add(chart(points));
            }
        }
        return charts;
    }

    private record Point(int month, Observation observation, double value) {
    }

    private static void add(Map<String, Map<Integer, Point>> series, Observation o, Estimate estimate, boolean fromReturn,
            Set<String> inReturn) {
        Indicator indicator = o.indicator();
        if (indicator.spc() == null || indicator.periodFormat() != PeriodFormat.MONTH || estimate == null
                || Assessor.isBenchmark(o)) {
            return;
        }
        OptionalInt month = PeriodOrder.ordinal(PeriodFormat.MONTH, o.period());
        String key = indicator.id() + "|" + o.areaCode() + "|" + o.sex() + "|" + o.age();
        if (month.isEmpty() || !fromReturn && inReturn.contains(key + "|" + month.getAsInt())) {
            return;
        }
        if (fromReturn) {
            inReturn.add(key + "|" + month.getAsInt());
        }
        series.computeIfAbsent(key, k -> new LinkedHashMap<>())
                .put(month.getAsInt(), new Point(month.getAsInt(), o, estimate.value()));
    }

    private static boolean hasGap(List<Point> points, List<Finding> findings) {
        for (int i = 1; i < points.size(); i++) {
            int missing = points.get(i).month() - points.get(i - 1).month() - 1;
            if (missing > 0) {
                Observation after = points.get(i).observation();
                if (after.valueCell() != null) {
                    findings.add(Rule.SPC_MISSING_PERIOD.warning(after.valueCell(), after.indicator().code() + " for "
                            + after.areaName() + " has " + missing + " month" + (missing == 1 ? "" : "s")
                            + " missing before " + after.period() + ", so it has no SPC chart: Making Data Count"
                            + " needs every month. Add the missing months to the return."));
                }
                return true;
            }
        }
        return false;
    }

    private static SeriesChart chart(List<Point> points) {
        Observation latest = points.get(points.size() - 1).observation();
        Indicator indicator = latest.indicator();
        List<SpcPoint> series = points.stream()
                .map(p -> new SpcPoint(LocalDate.of(p.month() / 12, p.month() % 12 + 1, 1), p.value())).toList();
        Double target = indicator.target() == null ? null : indicator.target().value();
        return new SeriesChart(indicator, latest.areaCode(), latest.areaName(), latest.sex(), latest.age(),
                latest.period(), XmrChart.analyse(series, options(indicator, target)));
    }

    /** The MDC profile, with the baseline and recalculation months the schema gives. */
    private static SpcOptions options(Indicator indicator, Double target) {
        SpcSettings settings = indicator.spc();
        return new SpcOptions(direction(indicator), target, SpcProfile.MDC, settings.baseline(),
                settings.recalculations().stream().map(month -> month.atDay(1)).toList());
    }

    private static ImprovementDirection direction(Indicator indicator) {
        return switch (indicator.polarity()) {
            case HIGH -> ImprovementDirection.INCREASE;
            case LOW -> ImprovementDirection.DECREASE;
            case NONE -> ImprovementDirection.NEUTRAL;
        };
    }
}
