package org.ragbook.service;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.ragbook.compute.Assessment;
import org.ragbook.compute.ci.Estimate;
import org.ragbook.compute.trend.PeriodOrder;
import org.ragbook.store.StoredObservation;
import org.ragbook.validate.Observation;

/**
 * What of an annotated return goes into the history: every judged observation with the figures it
 * was judged by. A suppressed figure is kept without its value or counts, so that no later output
 * can show what the return's own output hid.
 */
final class AcceptedObservations {

    private AcceptedObservations() {
    }

    static List<StoredObservation> of(String submissionId, List<Assessment> assessments) {
        return assessments.stream().map(a -> stored(submissionId, a)).toList();
    }

    /** The latest period the return holds, by each indicator's own period order; null for an empty return. */
    static String latestPeriod(List<Assessment> assessments) {
        return assessments.stream().map(Assessment::observation)
                .max(Comparator.comparingInt(AcceptedObservations::ordinal))
                .map(Observation::period).orElse(null);
    }

    private static int ordinal(Observation o) {
        OptionalInt ordinal = PeriodOrder.ordinal(o.indicator().periodFormat(), o.period());
        return ordinal.orElse(Integer.MIN_VALUE);
    }

    private static StoredObservation stored(String submissionId, Assessment a) {
        Observation o = a.observation();
        Estimate e = a.suppressed() ? null : a.estimate();
        return new StoredObservation(submissionId, o.indicator().id(), o.areaCode(), o.areaName(), o.sex().name(),
                o.age() == null ? "" : o.age(), o.period(),
                e == null ? null : e.value(),
                e == null || e.ci95() == null ? null : e.ci95().lower(),
                e == null || e.ci95() == null ? null : e.ci95().upper(),
                e == null || e.ci998() == null ? null : e.ci998().lower(),
                e == null || e.ci998() == null ? null : e.ci998().upper(),
                a.suppressed() ? null : o.count(),
                a.suppressed() ? null : o.denominator());
    }
}
