package org.ragbook.compute.spc;

import java.util.Locale;

/** The variation icon, from the latest point: common cause, or special cause of which kind and side. */
public enum VariationIcon {
    COMMON_CAUSE, IMPROVEMENT_HIGH, IMPROVEMENT_LOW, CONCERN_HIGH, CONCERN_LOW, NEITHER_HIGH, NEITHER_LOW;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
