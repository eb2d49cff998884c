package org.ragbook.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ragbook.pipeline.History;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.Sex;
import org.ragbook.store.ObservationHistory;
import org.ragbook.store.SeriesKey;
import org.ragbook.store.StoredObservation;
import org.ragbook.validate.Observation;

/** The store's current observations as the history a new return's series continue. */
final class StoredHistory implements History {

    private final ObservationHistory store;

    StoredHistory(ObservationHistory store) {
        this.store = store;
    }

    @Override
    public List<Observation> pastOf(ReturnSchema schema, List<Observation> current) {
        Set<SeriesKey> keys = new LinkedHashSet<>();
        current.forEach(o -> keys.add(keyOf(o)));
        List<Observation> past = new ArrayList<>();
        for (StoredObservation stored : store.current(keys)) {
            toObservation(schema, stored).ifPresent(past::add);
        }
        return past;
    }

    static SeriesKey keyOf(Observation o) {
        return new SeriesKey(o.indicator().id(), o.areaCode(), o.sex().name(), o.age() == null ? "" : o.age());
    }

    /** Stored under an indicator the schema no longer has: nothing to continue. */
    private static Optional<Observation> toObservation(ReturnSchema schema, StoredObservation s) {
        Optional<Indicator> indicator = schema.indicators().stream().filter(i -> i.id().equals(s.indicatorId()))
                .findFirst();
        return indicator.map(i -> new Observation(i, s.areaCode(), s.areaName(), Sex.valueOf(s.sex()),
                s.age().isEmpty() ? null : s.age(), s.period(), s.value(), s.lowerCi95(), s.upperCi95(),
                s.lowerCi998(), s.upperCi998(), s.count(), s.denominator(), null, null, null, null, List.of()));
    }
}
