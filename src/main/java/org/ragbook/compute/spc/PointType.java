package org.ragbook.compute.spc;

import java.util.Locale;

/** What a point is, as the MDC colours show it: grey, blue (improvement), orange (concern), purple (neither). */
public enum PointType {
    COMMON_CAUSE, SPECIAL_CAUSE_IMPROVEMENT, SPECIAL_CAUSE_CONCERN, SPECIAL_CAUSE_NEUTRAL_HIGH,
    SPECIAL_CAUSE_NEUTRAL_LOW;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
