package org.ragbook.compute.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.ragbook.compute.ci.CrudeRates.DEFAULT_BYARS_THRESHOLD;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrudeRatesTest {

    /**
     * The seed paper's table "Deaths (numbers) by local authority and place of death" (Leicestershire
     * Covid-19 deaths to 19 February 2021): Total deaths per 100,000 with 95% limits, as printed.
     */
    @ParameterizedTest(name = "{0}: {1} deaths / {2} → {3} ({4} to {5})")
    @CsvSource(delimiter = '|', textBlock = """
            Blaby          |  210 |  100421 | 209.1 | 181.8 | 239.4
            Charnwood      |  340 |  182643 | 186.2 | 166.9 | 207.0
            Harborough     |  161 |   92499 | 174.1 | 148.2 | 203.1
            H&B            |  214 |  112423 | 190.4 | 165.7 | 217.6
            Melton         |  107 |   51100 | 209.4 | 171.6 | 253.0
            NWLeics        |  219 |  102126 | 214.4 | 187.0 | 244.8
            O&W            |  171 |   57056 | 299.7 | 256.5 | 348.1
            Leicestershire | 1422 |  698268 | 203.6 | 193.2 | 214.5
            Rutland        |   68 |   39697 | 171.3 | 133.0 | 217.2
            Leicester City |  787 |  355218 | 221.6 | 206.3 | 237.6
            LLR            | 2277 | 1093183 | 208.3 | 199.8 | 217.0
            """)
    void reproducesTheSeedPapersCovidDeathRatesToThePrintedDecimal(
            String area, double deaths, double population, String rate, String lower, String upper) {
        Estimate estimate = CrudeRates.estimate(deaths, population, 100_000, DEFAULT_BYARS_THRESHOLD);

        assertThat(oneDecimal(estimate.value())).isEqualTo(rate);
        assertThat(oneDecimal(estimate.ci95().lower())).isEqualTo(lower);
        assertThat(oneDecimal(estimate.ci95().upper())).isEqualTo(upper);
        assertThat(estimate.method()).isEqualTo("Byar's");
    }

    @Test
    void countsBelowTheThresholdGetExactPoissonLimitsAndFromItByars() {
        Estimate nine = CrudeRates.estimate(9, 1000, 1000, DEFAULT_BYARS_THRESHOLD);
        Estimate ten = CrudeRates.estimate(10, 1000, 1000, DEFAULT_BYARS_THRESHOLD);

        assertThat(nine.method()).isEqualTo("Exact Poisson");
        assertThat(nine.ci95()).isEqualTo(PoissonInterval.exact(9, ConfidenceLevel.NINETY_FIVE));
        assertThat(nine.ci998()).isEqualTo(PoissonInterval.exact(9, ConfidenceLevel.NINETY_NINE_POINT_EIGHT));
        assertThat(ten.method()).isEqualTo("Byar's");
        assertThat(ten.ci95()).isEqualTo(PoissonInterval.byars(10, ConfidenceLevel.NINETY_FIVE));
        assertThat(CrudeRates.estimate(10, 1000, 1000, 11).method()).isEqualTo("Exact Poisson");
    }

    @Test
    void aRateMayExceedOneEventPerPerson() {
        Estimate estimate = CrudeRates.estimate(250, 220, 100_000, DEFAULT_BYARS_THRESHOLD);

        assertThat(estimate.value()).isCloseTo(250 / 220.0 * 100_000, Reference.ONE_PART_PER_BILLION);
        assertThat(estimate.ci95()).isEqualTo(
                PoissonInterval.byars(250, ConfidenceLevel.NINETY_FIVE).scaledBy(100_000 / 220.0));
    }

    @Test
    void zeroEventsHaveALowerLimitOfZero() {
        Estimate estimate = CrudeRates.estimate(0, 5000, 100_000, DEFAULT_BYARS_THRESHOLD);

        assertThat(estimate.value()).isZero();
        assertThat(estimate.ci95().lower()).isZero();
        assertThat(estimate.ci95().upper()).isCloseTo(Math.log(40) / 5000 * 100_000, Reference.ONE_PART_PER_BILLION);
    }

    @Test
    void refusesNegativeMissingOrZeroInputsNamingWhichIsWrong() {
        assertThatIllegalArgumentException().isThrownBy(() -> CrudeRates.estimate(-1, 100, 1000, 10))
                .withMessage("The count must be zero or more, not -1.0");
        assertThatIllegalArgumentException().isThrownBy(() -> CrudeRates.estimate(Double.NaN, 100, 1000, 10))
                .withMessage("The count must be a number, not NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> CrudeRates.estimate(5, 0, 1000, 10))
                .withMessage("The denominator must be greater than zero, not 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> CrudeRates.estimate(5, 100, 0, 10))
                .withMessage("The multiplier must be greater than zero, not 0.0");
    }

    /** As the seed paper prints: rounded half-up to one decimal place. */
    private static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
