package org.ragbook.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule for a key given twice in one return, whatever the layout (see {@link Observation#key()}).
 * A row pasted twice says the same thing twice: a warning, and one copy is kept. Two rows that give
 * the same key different figures cannot both be right, and Ragbook cannot tell which is: an error,
 * and neither is judged or stored, rather than silently keeping whichever came first.
 */
final class DuplicateObservations {

    private DuplicateObservations() {
    }

    /** The observations to keep, in the return's order; a finding for each later row of a key goes to {@code findings}. */
    static List<Observation> remove(List<Observation> observations, List<Finding> findings) {
        Map<String, List<Observation>> byKey = new LinkedHashMap<>();
        observations.forEach(o -> byKey.computeIfAbsent(o.key(), key -> new ArrayList<>()).add(o));
        List<Observation> kept = new ArrayList<>();
        for (List<Observation> rows : byKey.values()) {
            Observation first = rows.get(0);
            boolean differ = false;
            for (Observation again : rows.subList(1, rows.size())) {
                boolean identical = again.sameAs(first);
                differ |= !identical;
                findings.add(identical ? identicalRow(first, again) : differentRow(first, again));
            }
            if (!differ) {
                kept.add(first);
            }
        }
        return kept;
    }

    private static Finding identicalRow(Observation first, Observation again) {
        return Rule.DUPLICATE_OBSERVATION.warning(again.valueCell(), described(again) + " is given twice, at "
                + first.valueCell() + " and " + again.valueCell() + ", with the same figures; one is used."
                + " Remove the second row.");
    }

    private static Finding differentRow(Observation first, Observation again) {
        return Rule.DUPLICATE_OBSERVATION.error(again.valueCell(), described(again) + " is given twice, at "
                + first.valueCell() + " and " + again.valueCell() + ", with different figures; neither is used,"
                + " as Ragbook cannot tell which is right. Remove the wrong row.");
    }

    private static String described(Observation o) {
        return o.indicator().code() + " for " + (o.areaName() != null ? o.areaName() : o.areaCode()) + ", "
                + o.sex().label() + (o.age() == null ? "" : ", " + o.age()) + ", " + o.period();
    }
}
