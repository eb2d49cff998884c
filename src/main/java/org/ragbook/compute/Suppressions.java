package org.ragbook.compute;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ragbook.compute.suppress.Suppressible;
import org.ragbook.compute.suppress.Suppression;
import org.ragbook.compute.suppress.SuppressionKey;
import org.ragbook.validate.Observation;

/** Applies each indicator's small-number threshold from its schema to a return's observations. */
final class Suppressions {

    private Suppressions() {
    }

    /** The observations whose figures must not be shown. */
    static Set<Observation> of(List<Observation> observations) {
        Map<Integer, List<Observation>> byThreshold = new HashMap<>();
        for (Observation o : observations) {
            if (o.indicator().suppressBelow() > 0 && o.count() != null) {
                byThreshold.computeIfAbsent(o.indicator().suppressBelow(), t -> new ArrayList<>()).add(o);
            }
        }
        Set<Observation> hidden = Collections.newSetFromMap(new IdentityHashMap<>());
        byThreshold.forEach((threshold, group) -> {
            Map<SuppressionKey, Observation> byKey = new HashMap<>();
            List<Suppressible> cells = new ArrayList<>();
            for (Observation o : group) {
                SuppressionKey key = new SuppressionKey(o.indicator().id(), o.areaCode(), String.valueOf(o.sex()),
                        o.age(), o.period());
                byKey.put(key, o);
                cells.add(new Suppressible(key, o.count(), null, false));
            }
            Suppression.decide(cells, threshold).keySet().forEach(key -> hidden.add(byKey.get(key)));
        });
        return hidden;
    }
}
