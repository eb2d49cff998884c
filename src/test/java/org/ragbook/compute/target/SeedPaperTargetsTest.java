package org.ragbook.compute.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ragbook.compute.TargetAssessment;
import org.ragbook.compute.TargetResult;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.schema.Target;

/**
 * The seed paper's year-end figures against their targets (paper 000, paragraphs 29 and 30, and
 * the performance table's RTT row), judged by the built-in schemas' targets where they have one.
 */
class SeedPaperTargetsTest {

    private static Target bcfTarget(String indicatorId) {
        return SchemaCatalog.builtIn().find("bcf-metrics").orElseThrow().indicators().stream()
                .filter(i -> i.id().equals(indicatorId)).map(Indicator::target).findFirst().orElseThrow();
    }

    @Test
    void permanent_admissions_forecast_at_494_meets_the_target_of_552_1_because_lower_is_better() {
        assertThat(TargetAssessment.assess(494.0, bcfTarget("permanent-admissions-65")))
                .isEqualTo(TargetResult.MET);
    }

    @Test
    void reablement_at_88_6_percent_meets_the_target_of_88_percent() {
        assertThat(TargetAssessment.assess(88.6, bcfTarget("reablement-91-days"))).isEqualTo(TargetResult.MET);
    }

    /** ELR's own August 2020 plan; the nhs-constitution schema gives the waiting list no common target. */
    @Test
    void rtt_total_waiting_of_25180_misses_a_plan_of_fewer_than_21851() {
        Target plan = new Target(Target.Operator.LESS, 21851, 0);

        assertThat(TargetAssessment.assess(25180.0, plan)).isEqualTo(TargetResult.MISSED);
        assertThat(TargetAssessment.shortfall(25180.0, plan)).isEqualTo(3329.0);
    }
}
