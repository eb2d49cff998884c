package org.ragbook.compute.ci;

import java.util.List;
import java.util.Optional;

/**
 * A directly standardised rate with Dobson's confidence limits:
 * DSR = Σ(xᵢwᵢ/nᵢ) / Σwᵢ, var = Σxᵢ(wᵢ/nᵢ)² / (Σwᵢ)², limits DSR + √(var/O)·(L(O) − O) where O is
 * the total count and L(O) its Byar's limit. Sources: PHEindicatormethods {@code calculate_dsr}
 * (independent events; it uses Byar's limits of O at every O it publishes); Fingertips technical
 * guidance, "Directly standardised rates"; Dobson AJ et al. (1991) Stat Med 10:457–462.
 */
public final class DirectlyStandardisedRates {

    /**
     * Fewer total events than this and no DSR is published: the rate and its interval are too
     * unstable (Fingertips suppresses them; {@code calculate_dsr} returns NA, "dsr NA for total count < 10").
     */
    public static final int MINIMUM_TOTAL_COUNT = 10;

    private static final String METHOD = "Dobson";

    private DirectlyStandardisedRates() {
    }

    /**
     * @param bands the area's age bands with their standard population weights
     * @param multiplier e.g. 100,000 for a rate per 100,000
     * @return the DSR, or empty when the bands hold fewer than {@link #MINIMUM_TOTAL_COUNT} events
     * @throws IllegalArgumentException for no bands, standard populations summing to zero, or a
     *     multiplier not greater than zero
     */
    public static Optional<Estimate> estimate(List<AgeBand> bands, double multiplier) {
        Require.positive("The multiplier", multiplier);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("A directly standardised rate needs at least one age band");
        }
        double totalCount = 0;
        double totalWeight = 0;
        double weightedRates = 0;
        double weightedSquares = 0;
        for (AgeBand band : bands) {
            double weightPerPerson = band.standardPopulation() / band.population();
            totalCount += band.count();
            totalWeight += band.standardPopulation();
            weightedRates += band.count() * weightPerPerson;
            weightedSquares += band.count() * weightPerPerson * weightPerPerson;
        }
        Require.positive("The standard populations' total", totalWeight);
        if (totalCount < MINIMUM_TOTAL_COUNT) {
            return Optional.empty();
        }
        double value = weightedRates / totalWeight * multiplier;
        double variance = weightedSquares / (totalWeight * totalWeight);
        double perEvent = Math.sqrt(variance / totalCount) * multiplier;
        return Optional.of(new Estimate(value,
                limits(value, totalCount, perEvent, ConfidenceLevel.NINETY_FIVE),
                limits(value, totalCount, perEvent, ConfidenceLevel.NINETY_NINE_POINT_EIGHT),
                METHOD));
    }

    private static Interval limits(double value, double totalCount, double perEvent, ConfidenceLevel level) {
        Interval count = PoissonInterval.byars(totalCount, level);
        return new Interval(value + perEvent * (count.lower() - totalCount),
                value + perEvent * (count.upper() - totalCount));
    }
}
