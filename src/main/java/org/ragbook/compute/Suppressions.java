package org.ragbook.compute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ragbook.compute.suppress.Suppressible;
import org.ragbook.compute.suppress.Suppression;
import org.ragbook.compute.suppress.SuppressionKey;
import org.ragbook.validate.Observation;

/**
 * Applies each indicator's small-number threshold from its schema to a return's observations. An
 * indicator whose schema entry says it is {@code partOf} a total is grouped with that total for
 * the same area, sex, age and period, so that the shown total cannot give a hidden part away.
 */
final class Suppressions {

    private Suppressions() {
    }

    /** Whether each observation's figures, by position, must not be shown. */
    static boolean[] of(List<Observation> observations) {
        Map<Integer, List<Integer>> byThreshold = new HashMap<>();
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            if (o.indicator().suppressBelow() > 0 && o.count() != null) {
                byThreshold.computeIfAbsent(o.indicator().suppressBelow(), t -> new ArrayList<>()).add(i);
            }
        }
        boolean[] hidden = new boolean[observations.size()];
        Set<String> totals = new HashSet<>();
        observations.forEach(o -> {
            if (o.indicator().partOf() != null) {
                totals.add(o.indicator().partOf());
            }
        });
        byThreshold.forEach((threshold, group) -> {
            Map<SuppressionKey, Integer> byKey = new HashMap<>();
            List<Suppressible> cells = new ArrayList<>();
            for (int i : group) {
                Observation o = observations.get(i);
                SuppressionKey key = new SuppressionKey(o.indicator().id(), o.areaCode(), String.valueOf(o.sex()),
                        o.age(), o.period());
                byKey.put(key, i);
                boolean isTotal = totals.contains(o.indicator().id());
                String total = isTotal ? o.indicator().id() : o.indicator().partOf();
                String groupKey = total == null ? null
                        : total + "|" + o.areaCode() + "|" + o.sex() + "|" + o.age() + "|" + o.period();
                cells.add(new Suppressible(key, o.count(), groupKey, isTotal));
            }
            Suppression.decide(cells, threshold).keySet().forEach(key -> hidden[byKey.get(key)] = true);
        });
        return hidden;
    }
}
