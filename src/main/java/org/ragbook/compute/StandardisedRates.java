package org.ragbook.compute;

import java.util.List;
import java.util.Optional;
import org.ragbook.compute.ci.AgeBand;
import org.ragbook.compute.ci.DirectlyStandardisedRates;
import org.ragbook.compute.ci.Estimate;
import org.ragbook.compute.ci.EuropeanStandardPopulation;
import org.ragbook.schema.CiMethod;
import org.ragbook.validate.AgeBandCount;
import org.ragbook.validate.Observation;

/**
 * A directly standardised rate from the age bands a return gives for an observation, each weighted
 * by its band of the 2013 European Standard Population, as OHID publishes DSRs (Fingertips technical
 * guidance, "Directly standardised rates"; PHEindicatormethods {@code calculate_dsr} with {@code esp2013}).
 * An indicator for some ages only (under 75) is standardised over the bands the return gives.
 */
final class StandardisedRates {

    private StandardisedRates() {
    }

    /** The rate and its Dobson limits, or empty when there are no bands or too few events to publish. */
    static Optional<Estimate> of(Observation o) {
        if (o.ageBands().isEmpty()) {
            return Optional.empty();
        }
        List<AgeBand> bands = o.ageBands().stream().map(b -> new AgeBand(b.count(), b.population(),
                EuropeanStandardPopulation.ESP2013_19_BANDS.get(b.range().index()))).toList();
        return DirectlyStandardisedRates.estimate(bands, o.indicator().multiplier());
    }

    /** True for a standardised rate whose bands hold fewer events than OHID publishes a rate for. */
    static boolean unpublished(Observation o) {
        return o.indicator().ciMethod() == CiMethod.DOBSON && !o.ageBands().isEmpty()
                && events(o) < DirectlyStandardisedRates.MINIMUM_TOTAL_COUNT;
    }

    static double events(Observation o) {
        return o.ageBands().stream().mapToDouble(AgeBandCount::count).sum();
    }
}
