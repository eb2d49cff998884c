package org.ragbook.compute.spc;

import java.util.Locale;

/** The special-cause rule a point is flagged by (the highest-priority one when several apply), or none. */
public enum SpcRule {
    NONE, SINGLE_POINT, SHIFT, TREND, TWO_OF_THREE;

    /** As written in the CLI's output: {@code single_point}, {@code two_of_three}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
