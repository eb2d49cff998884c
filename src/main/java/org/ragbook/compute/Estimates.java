package org.ragbook.compute;

import java.util.List;
import java.util.Optional;
import org.ragbook.compute.ci.CrudeRates;
import org.ragbook.compute.ci.Estimate;
import org.ragbook.compute.ci.Interval;
import org.ragbook.compute.ci.Proportions;
import org.ragbook.read.CellRef;
import org.ragbook.schema.Indicator;
import org.ragbook.validate.Finding;
import org.ragbook.validate.Observation;
import org.ragbook.validate.Rule;

/**
 * Decides the value and intervals an observation is judged by. Figures the return gives are kept
 * (the analyst may have published them); where the count and denominator allow, Ragbook computes
 * them too, fills what the return left blank, and warns at the cell when a given figure disagrees
 * with the computed one beyond its rounding — a wrong spreadsheet formula is a common error.
 */
final class Estimates {

    static final String GIVEN = "Given in the return";

    private Estimates() {
    }

    /** The estimate to judge the observation by, or null when there is no value at all. */
    static Estimate of(Observation o, List<Finding> findings) {
        Optional<Estimate> computed = computed(o);
        if (o.value() == null) {
            return computed.orElse(null);
        }
        computed.ifPresent(c -> checkAgreement(o, c, findings));
        Interval ci95 = o.hasCi95() ? new Interval(o.lowerCi95(), o.upperCi95())
                : computed.map(Estimate::ci95).orElse(null);
        Interval ci998 = o.lowerCi998() != null && o.upperCi998() != null
                ? new Interval(o.lowerCi998(), o.upperCi998())
                : computed.map(Estimate::ci998).orElse(null);
        String method = o.hasCi95() || computed.isEmpty() ? GIVEN : computed.get().method();
        return new Estimate(o.value(), ci95, ci998, method);
    }

    /** What the indicator's method computes from the observation's count and denominator, if it can. */
    static Optional<Estimate> computed(Observation o) {
        Indicator indicator = o.indicator();
        if (o.count() == null || o.denominator() == null || o.denominator() <= 0 || o.count() < 0) {
            return Optional.empty();
        }
        return switch (indicator.ciMethod()) {
            case WILSON -> o.count() <= o.denominator()
                    ? Optional.of(Proportions.estimate(o.count(), o.denominator(), indicator.multiplier()))
                    : Optional.empty();
            case BYARS -> Optional.of(CrudeRates.estimate(o.count(), o.denominator(), indicator.multiplier(),
                    CrudeRates.DEFAULT_BYARS_THRESHOLD));
            default -> Optional.empty();
        };
    }

    private static void checkAgreement(Observation o, Estimate computed, List<Finding> findings) {
        CellRef cell = o.valueCell();
        compare(cell, "value", o.value(), computed.value(), computed.method(), findings);
        if (o.hasCi95() && computed.ci95() != null) {
            compare(cell, "lower 95% limit", o.lowerCi95(), computed.ci95().lower(), computed.method(), findings);
            compare(cell, "upper 95% limit", o.upperCi95(), computed.ci95().upper(), computed.method(), findings);
        }
    }

    private static void compare(CellRef cell, String what, double given, double computed, String method,
            List<Finding> findings) {
        if (!Rounding.agrees(given, computed)) {
            findings.add(Rule.FIGURE_DISAGREES.warning(cell, "The " + what + " given (" + Reasons.number(given)
                    + ") differs from the " + Reasons.number(computed) + " Ragbook computes from the count and"
                    + " denominator (" + method + "). Check the formula that produced it."));
        }
    }
}
