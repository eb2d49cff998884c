package org.ragbook.compute.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The XmR chart's rules, edge by edge, as the Making Data Count guidance states them. */
class XmrChartTest {

    /** 13 months around 20: moving ranges of 2, and 6 at the end. */
    private static final double[] STEADY = {20, 22, 20, 22, 20, 18, 20, 22, 20, 18, 20, 22, 16};

    @Test
    void limits_are_the_mean_plus_or_minus_2_66_mean_moving_ranges() {
        SpcResult result = analyse(STEADY, ImprovementDirection.INCREASE, null, SpcProfile.MDC);

        // mean 260 / 13; moving ranges 2 × 11 and 6 → 28 / 12
        double mean = 20;
        double range = 28.0 / 12;
        SpcRow first = result.rows().get(0);
        assertThat(first.mean()).isCloseTo(mean, within(1e-12));
        assertThat(first.upperProcessLimit()).isCloseTo(mean + 2.66 * range, within(1e-12));
        assertThat(first.lowerProcessLimit()).isCloseTo(mean - 2.66 * range, within(1e-12));
        assertThat(first.upperTwoSigma()).isCloseTo(mean + 2.0 / 3 * 2.66 * range, within(1e-12));
        assertThat(result.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
    }

    @Test
    void a_tie_breaks_a_trend() {
        double[] rising = {10, 11, 12, 13, 14, 15, 9, 10, 9, 10, 9, 10, 9};
        double[] tied = {10, 11, 12, 12, 14, 15, 9, 10, 9, 10, 9, 10, 9};

        assertThat(analyse(rising, ImprovementDirection.INCREASE, null, SpcProfile.MDC).rows().get(0).rule())
                .isEqualTo(SpcRule.TREND);
        assertThat(analyse(tied, ImprovementDirection.INCREASE, null, SpcProfile.MDC).rows())
                .noneMatch(row -> row.rule() == SpcRule.TREND);
    }

    @Test
    void a_point_on_the_mean_breaks_a_shift() {
        // both means are 10: six points above it, then the same with the fourth exactly on it
        double[] shifted = {12, 11, 12, 11, 12, 11, 8, 9, 8, 9, 8, 9, 10};
        double[] broken = {12, 11, 12, 10, 12, 11, 8, 9, 8, 9, 8, 9, 11};

        assertThat(analyse(shifted, ImprovementDirection.INCREASE, null, SpcProfile.MDC).rows().get(0).pointType())
                .isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
        assertThat(analyse(broken, ImprovementDirection.INCREASE, null, SpcProfile.MDC).rows().get(0).rule())
                .isEqualTo(SpcRule.NONE);
    }

    @Test
    void a_shift_is_six_points_under_mdc_and_seven_under_nhsr() {
        // mean 144 / 14 ≈ 10.3, every moving range 2: six points below, eight above, none near a limit
        double[] sixBelow = {7, 9, 7, 9, 7, 9, 11, 13, 11, 13, 11, 13, 11, 13};

        assertThat(analyse(sixBelow, ImprovementDirection.INCREASE, null, SpcProfile.MDC).rows().get(0).pointType())
                .isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
        assertThat(analyse(sixBelow, ImprovementDirection.INCREASE, null, SpcProfile.NHSR).rows().get(0).pointType())
                .isEqualTo(PointType.COMMON_CAUSE);
    }

    @Test
    void under_13_points_mdc_draws_nothing_and_nhsr_draws_limits_with_a_warning() {
        double[] twelve = {20, 22, 20, 22, 20, 18, 20, 22, 20, 18, 20, 22};

        SpcResult mdc = analyse(twelve, ImprovementDirection.INCREASE, 15.0, SpcProfile.MDC);
        SpcResult nhsr = analyse(twelve, ImprovementDirection.INCREASE, 15.0, SpcProfile.NHSR);

        assertThat(mdc.rows()).allSatisfy(row -> assertThat(row.mean()).isNull());
        assertThat(mdc.variation()).isNull();
        assertThat(mdc.assurance()).isNull();
        assertThat(mdc.warnings()).singleElement().asString().contains("12 points", "at least 13");
        assertThat(nhsr.rows().get(0).mean()).isNotNull();
        assertThat(nhsr.warnings()).singleElement().asString().contains("12 points");
    }

    @Test
    void a_target_exactly_on_a_limit_is_decided_under_mdc_and_hit_or_miss_under_nhsr() {
        double lower = analyse(STEADY, ImprovementDirection.INCREASE, null, SpcProfile.MDC).rows().get(0)
                .lowerProcessLimit();

        assertThat(analyse(STEADY, ImprovementDirection.INCREASE, lower, SpcProfile.MDC).assurance())
                .isEqualTo(AssuranceIcon.CONSISTENT_PASS);
        assertThat(analyse(STEADY, ImprovementDirection.INCREASE, lower, SpcProfile.NHSR).assurance())
                .isEqualTo(AssuranceIcon.INCONSISTENT);
        assertThat(analyse(STEADY, ImprovementDirection.DECREASE, lower, SpcProfile.MDC).assurance())
                .isEqualTo(AssuranceIcon.CONSISTENT_FAIL);
        assertThat(analyse(STEADY, ImprovementDirection.NEUTRAL, lower, SpcProfile.MDC).assuranceReason())
                .contains("no improvement direction");
    }

    @Test
    void nhsr_leaves_moving_ranges_of_3_267_mean_ranges_or_more_out_of_the_mean_range() {
        double[] spike = {10, 11, 10, 11, 10, 11, 40, 11, 10, 11, 10, 11, 10};

        double mdcRange = range(analyse(spike, ImprovementDirection.INCREASE, null, SpcProfile.MDC));
        double nhsrRange = range(analyse(spike, ImprovementDirection.INCREASE, null, SpcProfile.NHSR));

        // ranges: 1 × 10 and 29, 29: mean 68 / 12; screened at 3.267 × that, both 29s go
        assertThat(mdcRange).isCloseTo(68.0 / 12, within(1e-9));
        assertThat(nhsrRange).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void the_variation_icon_reads_the_latest_point_and_a_recalculation_gives_new_limits() {
        double[] step = {10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 20, 21, 20, 21, 20, 21};
        List<SpcPoint> series = points(step);
        SpcResult together = XmrChart.analyse(series, SpcOptions.of(ImprovementDirection.DECREASE, null));
        SpcResult recalculated = XmrChart.analyse(series, new SpcOptions(ImprovementDirection.DECREASE, null,
                SpcProfile.MDC, null, List.of(series.get(13).date())));

        assertThat(together.variation()).isEqualTo(VariationIcon.CONCERN_HIGH);
        assertThat(recalculated.rows().get(13).mean()).isCloseTo(20.5, within(1e-12));
        assertThat(recalculated.rows().get(0).mean()).isCloseTo(136.0 / 13, within(1e-12));
    }

    private static double range(SpcResult result) {
        SpcRow row = result.rows().get(0);
        return (row.upperProcessLimit() - row.mean()) / 2.66;
    }

    private static SpcResult analyse(double[] values, ImprovementDirection direction, Double target,
            SpcProfile profile) {
        return XmrChart.analyse(points(values), new SpcOptions(direction, target, profile, null, List.of()));
    }

    private static List<SpcPoint> points(double[] values) {
        List<SpcPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new SpcPoint(LocalDate.of(2023, 1, 1).plusMonths(i), values[i]));
        }
        return points;
    }
}
