package org.ragbook.compute;

import org.ragbook.compute.ci.Estimate;
import org.ragbook.compute.ci.Interval;
import org.ragbook.validate.Observation;

/**
 * A stored observation's figures as an estimate: they were judged when submitted, so the value and
 * intervals stored then are used as they are, not recomputed.
 */
final class StoredEstimate {

    static final String METHOD = "Stored from an earlier submission";

    private StoredEstimate() {
    }

    /** The stored figures, or null when the stored observation had no value (suppressed or not published). */
    static Estimate of(Observation o) {
        if (o.value() == null) {
            return null;
        }
        return new Estimate(o.value(), interval(o.lowerCi95(), o.upperCi95()), interval(o.lowerCi998(), o.upperCi998()),
                METHOD);
    }

    private static Interval interval(Double lower, Double upper) {
        return lower == null || upper == null ? null : new Interval(lower, upper);
    }
}
