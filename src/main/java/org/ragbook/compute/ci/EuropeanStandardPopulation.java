package org.ragbook.compute.ci;

import java.util.List;

/**
 * The 2013 European Standard Population (Eurostat 2013), in the 19 five-year bands OHID uses for
 * directly standardised rates: 0–4, 5–9, …, 85–89, 90+. Identical to PHEindicatormethods'
 * {@code esp2013} data set; the weights sum to 100,000.
 */
public final class EuropeanStandardPopulation {

    public static final List<Double> ESP2013_19_BANDS = List.of(
            5000.0, 5500.0, 5500.0, 5500.0, 6000.0, 6000.0, 6500.0, 7000.0, 7000.0, 7000.0,
            7000.0, 6500.0, 6000.0, 5500.0, 5000.0, 4000.0, 2500.0, 1500.0, 1000.0);

    private EuropeanStandardPopulation() {
    }
}
