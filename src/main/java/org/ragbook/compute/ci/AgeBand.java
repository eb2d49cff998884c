package org.ragbook.compute.ci;

/**
 * One age band of a directly standardised rate: the area's events and population in the band, and
 * the standard population's weight for it (e.g. {@link EuropeanStandardPopulation#ESP2013_19_BANDS}).
 * As PHEindicatormethods {@code calculate_dsr}: counts and standard populations may be zero, a
 * population may not (the band's rate would be undefined).
 */
public record AgeBand(double count, double population, double standardPopulation) {

    public AgeBand {
        Require.nonNegative("An age band's count", count);
        Require.positive("An age band's population", population);
        Require.nonNegative("An age band's standard population", standardPopulation);
    }
}
