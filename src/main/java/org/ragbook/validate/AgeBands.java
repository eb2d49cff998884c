package org.ragbook.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.Sex;

/**
 * The age bands a return's age-band sheet gives, grouped by the observation they belong to. A group
 * with any unusable band row is broken: a rate standardised over some of its bands would look
 * right and be wrong, so its observation is not judged.
 */
final class AgeBands {

    /** What ties band rows to their observation: the same indicator, area, sex and period. */
    record Key(Indicator indicator, String areaCode, Sex sex, String period) {

        String describe() {
            return indicator.code() + ", " + areaCode + ", " + (sex == null ? "" : sex.label() + ", ") + period;
        }
    }

    private final boolean sheetMissing;
    private final Map<Key, List<AgeBandCount>> groups = new LinkedHashMap<>();
    private final Set<Key> broken = new HashSet<>();

    /** @param sheetMissing true when the schema names an age-band sheet that the return lacks */
    AgeBands(boolean sheetMissing) {
        this.sheetMissing = sheetMissing;
    }

    boolean sheetMissing() {
        return sheetMissing;
    }

    /** Adds a band, or returns the band already given for the same range (and adds nothing). */
    AgeBandCount add(Key key, AgeBandCount band) {
        List<AgeBandCount> group = groups.computeIfAbsent(key, k -> new ArrayList<>());
        for (AgeBandCount earlier : group) {
            if (earlier.range().equals(band.range())) {
                return earlier;
            }
        }
        group.add(band);
        return null;
    }

    void breakGroup(Key key) {
        broken.add(key);
    }

    boolean isBroken(Key key) {
        return broken.contains(key);
    }

    List<AgeBandCount> of(Key key) {
        return isBroken(key) ? List.of() : groups.getOrDefault(key, List.of());
    }

    /** Warnings for the groups no row of the main table asked for, at each group's first band. */
    List<Finding> unmatched(Set<Key> asked) {
        List<Finding> findings = new ArrayList<>();
        groups.forEach((key, bands) -> {
            if (!asked.contains(key) && !bands.isEmpty()) {
                findings.add(Rule.UNMATCHED_AGE_BAND.warning(bands.get(0).cell(), "No row of the main table is "
                        + key.describe() + ", so nothing is computed from these age bands. Add that row (its Value"
                        + " may be blank), or correct the bands' Indicator ID, Area Code, Sex or Time period."));
            }
        });
        return findings;
    }
}
