package org.ragbook.compute.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.ragbook.compute.ci.Reference.ONE_PART_PER_BILLION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProportionsTest {

    private static final double ENGLAND_PERCENT = 17.4;

    /**
     * The seed paper's MSOAs whose percentage of deaths involving Covid-19 is significantly different
     * from England's 17.4% (1 March 2020 to 31 January 2021). It prints the deaths and the percentage
     * but not the denominator; each denominator here is the smallest whole number giving the printed
     * percentage (where two do, the call is the same for both).
     */
    @ParameterizedTest(name = "{0}: {1} deaths, {3}% → significantly {4}")
    @CsvSource({
        "Stoney Stanton Sapcote & Sharnford, 30, 103, 29.1, higher",
        "Kirby Muxloe & Thurlaston,          27,  97, 27.8, higher",
        "Oadby North & East,                 34, 126, 27.0, higher",
        "Bottesford Harby & Croxton Kerrial,  8,  91,  8.8, lower",
        "Thringstone & Swannington,           6,  72,  8.3, lower",
        "Glenfield,                           8, 100,  8.0, lower",
        "Thurcaston Woodhouse & Bradgate,     6,  76,  7.9, lower",
        "Market Harborough Central,           7,  91,  7.7, lower",
        "Lutterworth,                         8, 109,  7.3, lower",
        "Fleckney Kilworth & Foxton,          6, 101,  5.9, lower",
        "Melton Mowbray South,                4,  73,  5.5, lower",
        "Market Overton Cottesmore & Empingham, 3, 55, 5.5, lower",
        "Birstall Central,                    2,  40,  5.0, lower",
        "Oakham West Langham & Whissendine,   4,  81,  4.9, lower",
        "Thorpe Astley,                       2,  44,  4.5, lower",
    })
    void reproducesTheSeedPapersSignificanceCallsAgainstEngland(
            String msoa, double deaths, double allDeaths, String percent, String direction) {
        Estimate estimate = Proportions.estimate(deaths, allDeaths, 100);

        assertThat(BigDecimal.valueOf(estimate.value()).setScale(1, RoundingMode.HALF_UP).toPlainString()).isEqualTo(percent);
        if (direction.equals("higher")) {
            assertThat(estimate.ci95().lower()).isGreaterThan(ENGLAND_PERCENT);
        } else {
            assertThat(estimate.ci95().upper()).isLessThan(ENGLAND_PERCENT);
        }
    }

    @Test
    void isTheWilsonIntervalTimesTheMultiplier() {
        Estimate estimate = Proportions.estimate(81, 263, 100);

        assertThat(estimate.value()).isCloseTo(8100 / 263.0, ONE_PART_PER_BILLION);
        assertThat(estimate.ci95()).isEqualTo(WilsonInterval.of(81, 263, ConfidenceLevel.NINETY_FIVE).scaledBy(100));
        assertThat(estimate.ci998())
                .isEqualTo(WilsonInterval.of(81, 263, ConfidenceLevel.NINETY_NINE_POINT_EIGHT).scaledBy(100));
        assertThat(estimate.method()).isEqualTo("Wilson score");
    }

    @Test
    void allCasesGiveAnUpperLimitOfTheWholeMultiplier() {
        Estimate estimate = Proportions.estimate(12, 12, 100);

        assertThat(estimate.value()).isEqualTo(100);
        assertThat(estimate.ci95().upper()).isEqualTo(100);
        assertThat(estimate.ci998().upper()).isEqualTo(100);
    }

    @Test
    void refusesACountAboveItsDenominatorAndANonPositiveMultiplier() {
        assertThatIllegalArgumentException().isThrownBy(() -> Proportions.estimate(13, 12, 100))
                .withMessageContaining("must not be greater than its denominator");
        assertThatIllegalArgumentException().isThrownBy(() -> Proportions.estimate(1, 12, -100))
                .withMessage("The multiplier must be greater than zero, not -100.0");
    }
}
