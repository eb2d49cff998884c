package org.ragbook.compute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ragbook.compute.rank.ComparatorGroup;
import org.ragbook.compute.rank.ComparatorGroups;
import org.ragbook.compute.trend.PeriodOrder;
import org.ragbook.schema.PeriodFormat;
import org.ragbook.validate.Observation;

/**
 * Which observations a committee counts: each indicator (with its sex and age) once, at its latest
 * period, for each of the return's own areas (seed paper 000, paragraph 24: "of the comparable
 * indicators, 18 are green…" counts the dashboard's rows, not the history or the neighbours behind
 * them). Earlier periods give the trend, the benchmark's rows the comparison and the comparator
 * group's rows the rank: they are context, not counted.
 *
 * <p>The return's own areas are those that are neither the benchmark nor a neighbour brought in
 * for ranking: when the return holds the area a comparator group is for (its first member), the
 * group's other members are its neighbours. A return of several areas with no group among them
 * (several CCGs) has them all as its own, and is counted per area.
 */
public final class CountedObservations {

    private CountedObservations() {
    }

    /** True at the positions of {@code observations} a committee counts. */
    public static boolean[] of(List<Observation> observations, ComparatorGroups groups) {
        Set<String> neighbours = neighbours(observations, groups);
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            if (!Assessor.isBenchmark(o) && !neighbours.contains(areaKey(o))) {
                series.computeIfAbsent(seriesKey(o), k -> new ArrayList<>()).add(i);
            }
        }
        boolean[] counted = new boolean[observations.size()];
        series.values().forEach(indexes -> counted[latest(indexes, observations)] = true);
        return counted;
    }

    /** The area an observation is for, by its code or, for an area without one (LLR), its name. */
    public static String areaKey(Observation o) {
        return o.areaCode() != null && !o.areaCode().isBlank() ? o.areaCode().trim()
                : o.areaName() == null ? "" : o.areaName().trim();
    }

    private static Set<String> neighbours(List<Observation> observations, ComparatorGroups groups) {
        Set<String> areas = new HashSet<>();
        observations.forEach(o -> areas.add(areaKey(o)));
        Set<String> neighbours = new HashSet<>();
        for (ComparatorGroup group : groups.all()) {
            String subject = group.areaCodes().get(0);
            if (areas.contains(subject)) {
                group.areaCodes().stream().filter(code -> !code.equals(subject)).forEach(neighbours::add);
            }
        }
        return neighbours;
    }

    /**
     * The latest of one series' observations in the indicator's own period order; where its periods
     * cannot be put in order (an indicator of free-form periods), the one the return gives last.
     */
    private static int latest(List<Integer> indexes, List<Observation> observations) {
        if (indexes.size() == 1) {
            return indexes.get(0);
        }
        Optional<PeriodFormat> format = orderOf(indexes, observations);
        if (format.isEmpty()) {
            return indexes.get(indexes.size() - 1);
        }
        int latest = indexes.get(0);
        int latestOrdinal = Integer.MIN_VALUE;
        for (int i : indexes) {
            int ordinal = PeriodOrder.ordinal(format.get(), observations.get(i).period()).getAsInt();
            if (ordinal >= latestOrdinal) {
                latest = i;
                latestOrdinal = ordinal;
            }
        }
        return latest;
    }

    private static Optional<PeriodFormat> orderOf(List<Integer> indexes, List<Observation> observations) {
        PeriodFormat own = observations.get(indexes.get(0)).indicator().periodFormat();
        List<String> periods = indexes.stream().map(i -> observations.get(i).period()).toList();
        boolean ownPlacesAll = periods.stream().map(p -> PeriodOrder.ordinal(own, p)).allMatch(OptionalInt::isPresent);
        return ownPlacesAll ? Optional.of(own) : PeriodOrder.commonFormat(periods);
    }

    private static String seriesKey(Observation o) {
        return o.indicator().id() + "|" + o.sex() + "|" + (o.age() == null ? "" : o.age()) + "|" + areaKey(o);
    }
}
