package org.ragbook.compute.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.ragbook.compute.ci.ConfidenceLevel.NINETY_FIVE;
import static org.ragbook.compute.ci.ConfidenceLevel.NINETY_NINE_POINT_EIGHT;
import static org.ragbook.compute.ci.Reference.ONE_PART_PER_BILLION;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectlyStandardisedRatesTest {

    @Test
    void aSingleBandGivesItsCrudeRateWithByarsLimits() {
        Estimate estimate = DirectlyStandardisedRates.estimate(List.of(new AgeBand(50, 20_000, 7000)), 100_000)
                .orElseThrow();

        assertThat(estimate.value()).isCloseTo(250, ONE_PART_PER_BILLION);
        for (ConfidenceLevel level : ConfidenceLevel.values()) {
            Interval byars = PoissonInterval.byars(50, level).scaledBy(100_000 / 20_000.0);
            assertThat(estimate.interval(level).lower()).isCloseTo(byars.lower(), ONE_PART_PER_BILLION);
            assertThat(estimate.interval(level).upper()).isCloseTo(byars.upper(), ONE_PART_PER_BILLION);
        }
        assertThat(estimate.method()).isEqualTo("Dobson");
    }

    @Test
    void theSameRateInEveryBandIsTheStandardisedRateWhateverTheWeights() {
        List<AgeBand> bands = new ArrayList<>();
        for (double weight : EuropeanStandardPopulation.ESP2013_19_BANDS) {
            bands.add(new AgeBand(weight / 500, weight * 2, weight));
        }

        double dsr = DirectlyStandardisedRates.estimate(bands, 1000).orElseThrow().value();

        assertThat(dsr).isCloseTo(1, ONE_PART_PER_BILLION);
    }

    @Test
    void fewerThanTenEventsInAllIsNotPublished() {
        List<AgeBand> nine = List.of(new AgeBand(4, 1000, 5000), new AgeBand(5, 1000, 5000));
        List<AgeBand> ten = List.of(new AgeBand(5, 1000, 5000), new AgeBand(5, 1000, 5000));

        assertThat(DirectlyStandardisedRates.estimate(nine, 100_000)).isEmpty();
        assertThat(DirectlyStandardisedRates.estimate(ten, 100_000)).isPresent();
    }

    @Test
    void theWiderLevelGivesTheWiderInterval() {
        Estimate estimate = DirectlyStandardisedRates.estimate(
                List.of(new AgeBand(12, 636, 5000), new AgeBand(40, 207, 1000)), 100_000).orElseThrow();

        assertThat(estimate.interval(NINETY_NINE_POINT_EIGHT).lower()).isLessThan(estimate.interval(NINETY_FIVE).lower());
        assertThat(estimate.interval(NINETY_NINE_POINT_EIGHT).upper()).isGreaterThan(estimate.interval(NINETY_FIVE).upper());
    }

    @Test
    void theEuropeanStandardPopulationHas19BandsOf100000People() {
        List<Double> esp = EuropeanStandardPopulation.ESP2013_19_BANDS;

        assertThat(esp).hasSize(19).startsWith(5000.0).endsWith(1000.0);
        assertThat(esp.stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(100_000);
    }

    @Test
    void refusesBandsThatCannotGiveARate() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AgeBand(3, 0, 5000))
                .withMessage("An age band's population must be greater than zero, not 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new AgeBand(-26, 594, 6000))
                .withMessage("An age band's count must be zero or more, not -26.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new AgeBand(27, 594, -6000))
                .withMessage("An age band's standard population must be zero or more, not -6000.0");
        assertThatIllegalArgumentException().isThrownBy(() -> DirectlyStandardisedRates.estimate(List.of(), 100_000))
                .withMessage("A directly standardised rate needs at least one age band");
        assertThatIllegalArgumentException().isThrownBy(() ->
                        DirectlyStandardisedRates.estimate(List.of(new AgeBand(30, 100, 0)), 100_000))
                .withMessage("The standard populations' total must be greater than zero, not 0.0");
    }
}
