package org.ragbook.compute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ragbook.schema.Target;
import org.ragbook.schema.Target.Operator;

class TargetAssessmentTest {

    @Test
    void a_value_exactly_on_a_strict_target_without_tolerance_is_missed_not_amber() {
        assertThat(TargetAssessment.assess(95.0, new Target(Operator.GREATER, 95, 0))).isEqualTo(TargetResult.MISSED);
        assertThat(TargetAssessment.assess(21851.0, new Target(Operator.LESS, 21851, 0)))
                .isEqualTo(TargetResult.MISSED);
    }

    @Test
    void with_a_tolerance_a_value_exactly_on_a_strict_target_is_within_it() {
        assertThat(TargetAssessment.assess(95.0, new Target(Operator.GREATER, 95, 2)))
                .isEqualTo(TargetResult.WITHIN_TOLERANCE);
    }
}
