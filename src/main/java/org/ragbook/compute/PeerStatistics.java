package org.ragbook.compute;

import java.util.HashMap;
import java.util.IdentityHashMap;
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
 * period: its rank in its comparator group (CIPFA nearest neighbours) and its quintile. Quintiles
 * need enough areas to mean anything, so they are given only when the return holds at least
 * {@link #MIN_AREAS_FOR_QUINTILES} areas.
 */
final class PeerStatistics {

    static final int MIN_AREAS_FOR_QUINTILES = 5;

    private final Map<Observation, Rank> ranks = new IdentityHashMap<>();
    private final Map<Observation, Quintile> quintiles = new IdentityHashMap<>();

    private PeerStatistics() {
    }

    static PeerStatistics of(List<Observation> observations, Map<Observation, Estimate> usable, ComparatorGroups groups) {
        Map<String, Map<String, Observation>> peers = new LinkedHashMap<>();
        for (Observation o : observations) {
            if (usable.containsKey(o) && o.areaCode() != null) {
                peers.computeIfAbsent(peerKey(o), k -> new LinkedHashMap<>()).put(o.areaCode(), o);
            }
        }
        PeerStatistics statistics = new PeerStatistics();
        peers.values().forEach(byArea -> statistics.add(byArea, usable, groups));
        return statistics;
    }

    Rank rank(Observation o) {
        return ranks.get(o);
    }

    Quintile quintile(Observation o) {
        return quintiles.get(o);
    }

    private void add(Map<String, Observation> byArea, Map<Observation, Estimate> usable, ComparatorGroups groups) {
        Map<String, Double> values = new HashMap<>();
        byArea.forEach((area, o) -> values.put(area, usable.get(o).value()));
        byArea.forEach((area, o) -> {
            List<ComparatorGroup> memberships = groups.containing(area);
            if (!memberships.isEmpty()) {
                ComparatorRank.rank(area, values, memberships.get(0), o.indicator().polarity())
                        .filter(rank -> rank.of() > 1)
                        .ifPresent(rank -> ranks.put(o, rank));
            }
        });
        if (values.size() >= MIN_AREAS_FOR_QUINTILES) {
            Observation any = byArea.values().iterator().next();
            Quintiles.assign(values, any.indicator().polarity()).forEach((area, q) -> quintiles.put(byArea.get(area), q));
        }
    }

    private static String peerKey(Observation o) {
        return o.indicator().id() + "|" + o.sex() + "|" + o.age() + "|" + o.period();
    }
}
