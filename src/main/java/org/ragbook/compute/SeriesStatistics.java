package org.ragbook.compute;

import java.util.ArrayList;
import java.util.Comparator;
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
 * Results are kept by the observation's position in the return.
 */
final class SeriesStatistics {

    private final TrendResult[] trends;
    private final Direction[] directions;

    private SeriesStatistics(int size) {
        trends = new TrendResult[size];
        directions = new Direction[size];
    }

    static SeriesStatistics of(List<Observation> observations, Estimate[] usable) {
        SeriesStatistics statistics = new SeriesStatistics(observations.size());
        int[] ordinals = new int[observations.size()];
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            OptionalInt ordinal = PeriodOrder.ordinal(o.indicator().periodFormat(), o.period());
            if (usable[i] != null && ordinal.isPresent() && !Assessor.isBenchmark(o)) {
                ordinals[i] = ordinal.getAsInt();
                series.computeIfAbsent(seriesKey(o), k -> new ArrayList<>()).add(i);
            }
        }
        series.values().forEach(points -> statistics.add(points, observations, usable, ordinals));
        return statistics;
    }

    TrendResult trend(int index) {
        return trends[index];
    }

    Direction direction(int index) {
        return directions[index];
    }

    private void add(List<Integer> points, List<Observation> observations, Estimate[] usable, int[] ordinals) {
        points.sort(Comparator.comparingInt(i -> ordinals[i]));
        int latest = points.get(points.size() - 1);
        Observation last = observations.get(latest);
        List<TrendPoint> trendPoints = points.stream().map(i -> point(observations.get(i), usable[i])).toList();
        trends[latest] = RecentTrend.assess(trendPoints, last.indicator().valueType(), last.indicator().multiplier(),
                last.indicator().polarity());
        if (points.size() >= 2) {
            int previous = points.get(points.size() - 2);
            if (ordinals[latest] - ordinals[previous] == 1) {
                directions[latest] = DirectionOfTravel.between(usable[previous].value(), usable[latest].value(),
                        last.indicator().polarity());
            }
        }
    }

    private static TrendPoint point(Observation o, Estimate e) {
        return new TrendPoint(o.period(), e.value(), o.count(), o.denominator(),
                e.ci95() == null ? null : e.ci95().lower(), e.ci95() == null ? null : e.ci95().upper());
    }

    private static String seriesKey(Observation o) {
        return o.indicator().id() + "|" + o.areaCode() + "|" + o.sex() + "|" + o.age();
    }
}
