package org.ragbook.compute.spc;

import java.time.LocalDate;
import java.util.List;

/**
 * How to chart a series.
 *
 * @param target         the target the assurance icon is judged against, or null for none
 * @param baseline       limits fixed from the first this many points of each period, or null to use all
 * @param recalculations dates from which new limits are calculated (each starts a new period)
 */
public record SpcOptions(ImprovementDirection direction, Double target, SpcProfile profile, Integer baseline,
        List<LocalDate> recalculations) {

    public SpcOptions {
        recalculations = List.copyOf(recalculations);
    }

    public static SpcOptions of(ImprovementDirection direction, Double target) {
        return new SpcOptions(direction, target, SpcProfile.MDC, null, List.of());
    }
}
