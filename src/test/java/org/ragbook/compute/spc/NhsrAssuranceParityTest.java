package org.ragbook.compute.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * NHSRplotthedots' own assurance examples (tests/testthat/test-ptd_calculate_assurance_type.R:
 * "it returns correct values for assurance when improvement_direction is increase / decrease /
 * neutral", "... when rebase" and "it returns a column of NA's if there is no target") under the
 * nhsr profile: limits 1–3, 5–7 and 1–5 around means 2, 6 and 4, target 4.
 */
class NhsrAssuranceParityTest {

    private static final double TARGET = 4;

    @Test
    void higher_is_better_fails_below_passes_above_and_is_hit_or_miss_between() {
        assertThat(icons(ImprovementDirection.INCREASE)).containsExactly(AssuranceIcon.CONSISTENT_FAIL,
                AssuranceIcon.CONSISTENT_PASS, AssuranceIcon.INCONSISTENT);
    }

    @Test
    void lower_is_better_is_the_mirror() {
        assertThat(icons(ImprovementDirection.DECREASE)).containsExactly(AssuranceIcon.CONSISTENT_PASS,
                AssuranceIcon.CONSISTENT_FAIL, AssuranceIcon.INCONSISTENT);
    }

    @Test
    void a_metric_with_no_direction_has_no_assurance() {
        assertThat(icons(ImprovementDirection.NEUTRAL)).containsOnlyNulls();
    }

    // "it returns a column of NA's if there is no target"

    @Test
    void no_target_no_assurance() {
        SpcResult result = XmrChart.analyse(periods(2, 6, 4), options(ImprovementDirection.INCREASE, null));

        assertThat(result.assurance()).isNull();
        assertThat(result.assuranceReason()).isEqualTo("no target");
    }

    // "it returns correct values for assurance when rebase": the three rows as rebase groups of one series, in three
    // orders, lower being better; only the latest group's limits count

    @Test
    void after_a_rebase_only_the_latest_limits_count() {
        SpcOptions lowerIsBetter = options(ImprovementDirection.DECREASE, TARGET);

        assertThat(XmrChart.analyse(periods(2, 6, 4), lowerIsBetter).assurance()).isEqualTo(AssuranceIcon.INCONSISTENT);
        assertThat(XmrChart.analyse(periods(6, 4, 2), lowerIsBetter).assurance())
                .isEqualTo(AssuranceIcon.CONSISTENT_PASS);
        assertThat(XmrChart.analyse(periods(4, 2, 6), lowerIsBetter).assurance())
                .isEqualTo(AssuranceIcon.CONSISTENT_FAIL);
    }

    private static SpcOptions options(ImprovementDirection direction, Double target) {
        return new SpcOptions(direction, target, SpcProfile.NHSR, null,
                List.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1)));
    }

    /**
     * Three years of months, each year a rebase group about its mean with limits one either side: twelve points
     * alternating half a mean moving range above and below.
     */
    private static List<SpcPoint> periods(double... means) {
        double step = 1 / ProcessLimits.LIMIT_FACTOR / 2;
        List<SpcPoint> points = new ArrayList<>();
        for (int year = 0; year < means.length; year++) {
            for (int month = 0; month < 12; month++) {
                points.add(new SpcPoint(LocalDate.of(2020 + year, month + 1, 1),
                        means[year] + (month % 2 == 0 ? step : -step)));
            }
        }
        return points;
    }

    private static List<AssuranceIcon> icons(ImprovementDirection direction) {
        SpcOptions options = new SpcOptions(direction, TARGET, SpcProfile.NHSR, null, List.of());
        // the R test's third case has limits 1 and 5 around 4; Ragbook's limits are symmetric (3 and 5):
        // the target 4 lies between them either way, which is all the assurance reads
        return java.util.stream.Stream.of(limits(2, 3), limits(6, 7), limits(4, 5))
                .map(l -> Assurance.of(options, l, SpcProfile.NHSR).icon()).toList();
    }

    /** The mean and the mean moving range that put the upper process limit where the R test has it. */
    private static ProcessLimits limits(double mean, double upper) {
        return new ProcessLimits(mean, (upper - mean) / ProcessLimits.LIMIT_FACTOR);
    }
}
