package org.ragbook.compute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
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
 * A series is the return's own periods together with the earlier ones kept from past submissions;
 * where both hold a period, the return's figure wins (it revises the stored one). Results are kept
 * by the observation's position in the return.
 */
final class SeriesStatistics {

    private final TrendResult[] trends;
    private final Direction[] directions;

    private SeriesStatistics(int size) {
        trends = new TrendResult[size];
        directions = new Direction[size];
    }

    /**
     * @param observations the return's observations
     * @param usable       their estimates, null where suppressed or absent
     * @param past         stored observations of earlier submissions, with their stored figures
     */
    static SeriesStatistics of(List<Observation> observations, Estimate[] usable, List<Observation> past) {
        List<Observation> all = new ArrayList<>(observations);
        List<Estimate> estimates = new ArrayList<>(Arrays.asList(usable));
        Set<String> inReturn = new HashSet<>();
        observations.forEach(o -> inReturn.add(seriesKey(o) + "|" + o.period()));
        for (Observation o : past) {
            if (!inReturn.contains(seriesKey(o) + "|" + o.period())) {
                all.add(o);
                estimates.add(StoredEstimate.of(o));
            }
        }
        Estimate[] points = estimates.toArray(new Estimate[0]);
        SeriesStatistics statistics = new SeriesStatistics(all.size());
        int[] ordinals = new int[all.size()];
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Observation o = all.get(i);
            OptionalInt ordinal = PeriodOrder.ordinal(o.indicator().periodFormat(), o.period());
            if (points[i] != null && ordinal.isPresent() && !Assessor.isBenchmark(o)) {
                ordinals[i] = ordinal.getAsInt();
                series.computeIfAbsent(seriesKey(o), k -> new ArrayList<>()).add(i);
            }
        }
        series.values().forEach(indexes -> statistics.add(indexes, all, points, ordinals));
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
