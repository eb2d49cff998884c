package org.ragbook.compute;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ragbook.compute.ci.Estimate;
import org.ragbook.compute.rank.ComparatorGroup;
import org.ragbook.compute.rank.ComparatorGroups;
import org.ragbook.compute.rank.ComparatorRank;
import org.ragbook.compute.rank.Quintile;
import org.ragbook.compute.rank.Quintiles;
import org.ragbook.compute.rank.Rank;
import org.ragbook.validate.Observation;

/**
 * How each area stands among the other areas of the return for the same indicator, sex, age and
 * period: its rank in its comparator group (CIPFA nearest neighbours) and its England quintile.
 * Quintiles need enough areas to mean anything: {@link Quintiles} gives none under five. Results
 * are kept by the observation's position in the return.
 */
final class PeerStatistics {

    private final Rank[] ranks;
    private final Quintile[] quintiles;

    private PeerStatistics(int size) {
        ranks = new Rank[size];
        quintiles = new Quintile[size];
    }

    static PeerStatistics of(List<Observation> observations, Estimate[] usable, ComparatorGroups groups) {
        Map<String, Map<String, Integer>> peers = new LinkedHashMap<>();
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            if (usable[i] != null && o.areaCode() != null && !Assessor.isBenchmark(o)) {
                peers.computeIfAbsent(peerKey(o), k -> new LinkedHashMap<>()).put(o.areaCode(), i);
            }
        }
        PeerStatistics statistics = new PeerStatistics(observations.size());
        peers.values().forEach(byArea -> statistics.add(byArea, observations, usable, groups));
        return statistics;
    }

    Rank rank(int index) {
        return ranks[index];
    }

    Quintile quintile(int index) {
        return quintiles[index];
    }

    private void add(Map<String, Integer> byArea, List<Observation> observations, Estimate[] usable,
            ComparatorGroups groups) {
        Map<String, Double> values = new HashMap<>();
        byArea.forEach((area, i) -> values.put(area, usable[i].value()));
        byArea.forEach((area, i) -> {
            List<ComparatorGroup> memberships = groups.containing(area);
            if (!memberships.isEmpty()) {
                ComparatorRank.rank(area, values, memberships.get(0), observations.get(i).indicator().polarity())
                        .filter(rank -> rank.of() > 1)
                        .ifPresent(rank -> ranks[i] = rank);
            }
        });
        Observation any = observations.get(byArea.values().iterator().next());
        Quintiles.assign(values, any.indicator().polarity()).forEach((area, q) -> quintiles[byArea.get(area)] = q);
    }

    private static String peerKey(Observation o) {
        return o.indicator().id() + "|" + o.sex() + "|" + o.age() + "|" + o.period();
    }
}
