package org.ragbook.compute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.ragbook.compute.ci.Estimate;
import org.ragbook.compute.trend.Direction;
import org.ragbook.compute.trend.DirectionOfTravel;
import org.ragbook.compute.trend.PeriodOrder;
import org.ragbook.compute.trend.RecentTrend;
import org.ragbook.compute.trend.TrendPoint;
import org.ragbook.compute.trend.TrendResult;
import org.ragbook.validate.Observation;

/**
 * The statistics of each area's series of periods: the recent trend and the direction of travel,
 * both reported against the latest period, as the Fingertips export and the seed table print them.
 */
final class SeriesStatistics {

    private final Map<Observation, TrendResult> trends = new IdentityHashMap<>();
    private final Map<Observation, Direction> directions = new IdentityHashMap<>();

    private SeriesStatistics() {
    }

    static SeriesStatistics of(List<Observation> observations, Map<Observation, Estimate> usable) {
        SeriesStatistics statistics = new SeriesStatistics();
        Map<String, List<Observation>> series = new LinkedHashMap<>();
        for (Observation o : observations) {
            if (usable.containsKey(o) && ordinal(o).isPresent()) {
                series.computeIfAbsent(seriesKey(o), k -> new ArrayList<>()).add(o);
            }
        }
        series.values().forEach(points -> statistics.add(points, usable));
        return statistics;
    }

    TrendResult trend(Observation o) {
        return trends.get(o);
    }

    Direction direction(Observation o) {
        return directions.get(o);
    }

    private void add(List<Observation> points, Map<Observation, Estimate> usable) {
        points.sort(Comparator.comparingInt(o -> ordinal(o).getAsInt()));
        Observation latest = points.get(points.size() - 1);
        List<TrendPoint> trendPoints = points.stream().map(o -> point(o, usable.get(o))).toList();
        trends.put(latest, RecentTrend.assess(trendPoints, latest.indicator().valueType(),
                latest.indicator().multiplier(), latest.indicator().polarity()));
        if (points.size() >= 2) {
            Observation previous = points.get(points.size() - 2);
            if (ordinal(latest).getAsInt() - ordinal(previous).getAsInt() == 1) {
                directions.put(latest, DirectionOfTravel.between(usable.get(previous).value(),
                        usable.get(latest).value(), latest.indicator().polarity()));
            }
        }
    }

    private static TrendPoint point(Observation o, Estimate e) {
        return new TrendPoint(o.period(), e.value(), o.count(), o.denominator(),
                e.ci95() == null ? null : e.ci95().lower(), e.ci95() == null ? null : e.ci95().upper());
    }

    private static OptionalInt ordinal(Observation o) {
        return PeriodOrder.ordinal(o.indicator().periodFormat(), o.period());
    }

    private static String seriesKey(Observation o) {
        return o.indicator().id() + "|" + o.areaCode() + "|" + o.sex() + "|" + o.age();
    }
}
