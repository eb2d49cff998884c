package org.ragbook.compute.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SamePeriodLastYearTest {

    /** Seed paper 000, paragraph 31: "48,012 ... compared to 59,244 for the same period in 2019/20, a variance of -11,232". */
    @Test
    void non_elective_admissions_fell_by_11232_against_the_same_months_of_2019_20() {
        Variance variance = SamePeriodLastYear.variance(48012, 59244);

        assertThat(variance.current()).isEqualTo(48012);
        assertThat(variance.previous()).isEqualTo(59244);
        assertThat(variance.difference()).isEqualTo(-11232);
        assertThat(variance.percentChange()).isCloseTo(-18.959, within(0.001));
    }

    @Test
    void a_rise_is_a_positive_variance() {
        assertThat(SamePeriodLastYear.variance(110, 100)).isEqualTo(new Variance(110, 100, 10, 10.0));
    }

    @Test
    void there_is_no_percentage_change_from_zero() {
        assertThat(SamePeriodLastYear.variance(5, 0)).isEqualTo(new Variance(5, 0, 5, null));
    }

    @Test
    void the_percentage_takes_the_sign_of_the_difference_when_the_previous_figure_is_negative() {
        assertThat(SamePeriodLastYear.variance(-50, -100).percentChange()).isEqualTo(50.0);
    }
}
