package org.ragbook.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ragbook.compute.Assessment;
import org.ragbook.compute.CountedObservations;

/**
 * One of the return's own areas with the assessments a committee counts for it: what the counts,
 * the narrative and the paragraphs are written about. A return of several areas of its own
 * (several CCGs) has one each, and is counted per area.
 */
record OwnArea(String code, String name, List<Assessment> counted) {

    OwnArea {
        counted = List.copyOf(counted);
    }

    /** The own areas of a return's assessments, in the order the return first gives them. */
    static List<OwnArea> of(List<Assessment> assessments) {
        Map<String, List<Assessment>> byArea = new LinkedHashMap<>();
        for (Assessment a : assessments) {
            if (a.counted()) {
                byArea.computeIfAbsent(CountedObservations.areaKey(a.observation()), k -> new ArrayList<>()).add(a);
            }
        }
        return byArea.values().stream().map(counted -> new OwnArea(counted.get(0).observation().areaCode(),
                Prose.area(counted.get(0).observation()), counted)).toList();
    }
}
