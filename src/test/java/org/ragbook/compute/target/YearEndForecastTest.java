package org.ragbook.compute.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class YearEndForecastTest {

    /** Seed paper 000, paragraph 31: 48,012 non-elective admissions from April 2020 to January 2021. */
    @Test
    void ten_months_of_non_elective_admissions_run_on_to_57614_for_the_year_and_say_so() {
        Forecast forecast = YearEndForecast.runRate(48012, 10, 12);

        assertThat(forecast.value()).isCloseTo(57614.4, within(1e-9));
        assertThat(forecast.basis()).isEqualTo("run rate: 10 of 12 months");
    }

    @Test
    void the_basis_names_quarters_and_weeks() {
        assertThat(YearEndForecast.runRate(300, 3, 4)).isEqualTo(new Forecast(400, "run rate: 3 of 4 quarters"));
        assertThat(YearEndForecast.runRate(26, 26, 52).basis()).isEqualTo("run rate: 26 of 52 weeks");
        assertThat(YearEndForecast.runRate(10, 5, 13).basis()).isEqualTo("run rate: 5 of 13 periods");
    }

    @Test
    void a_complete_year_is_its_own_forecast() {
        assertThat(YearEndForecast.runRate(494.0, 12, 12).value()).isEqualTo(494.0);
    }

    @Test
    void no_periods_elapsed_or_more_than_the_year_has_is_refused() {
        assertThatThrownBy(() -> YearEndForecast.runRate(100, 0, 12)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not 0");
        assertThatThrownBy(() -> YearEndForecast.runRate(100, 13, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> YearEndForecast.runRate(Double.NaN, 10, 12))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
