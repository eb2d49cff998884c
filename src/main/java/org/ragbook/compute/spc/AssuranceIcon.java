package org.ragbook.compute.spc;

import java.util.Locale;

/** Whether the target will be met, from where it sits against the latest process limits. */
public enum AssuranceIcon {
    CONSISTENT_PASS, CONSISTENT_FAIL, INCONSISTENT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
