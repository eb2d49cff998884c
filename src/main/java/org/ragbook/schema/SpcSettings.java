package org.ragbook.schema;

import java.time.YearMonth;
import java.util.List;

/**
 * How an SPC indicator's XmR chart is drawn, as its schema says: Making Data Count's baseline
 * (limits fixed on the first N points) and recalculations (new limits from a month when the
 * process is known to have changed, such as a new pathway).
 *
 * @param baseline       points the limits are fixed on, in each period; null to use every point
 * @param recalculations the months from which new limits are calculated, in order
 */
public record SpcSettings(Integer baseline, List<YearMonth> recalculations) {

    /** Limits from every point, never recalculated: what the MDC tool draws unless told otherwise. */
    public static final SpcSettings DEFAULT = new SpcSettings(null, List.of());

    public SpcSettings {
        recalculations = recalculations.stream().sorted().toList();
    }
}
