package org.ragbook.compute;

import java.util.List;
import java.util.Optional;
import org.ragbook.compute.ci.CrudeRates;
import org.ragbook.compute.ci.Estimate;
import org.ragbook.compute.ci.IndirectlyStandardisedRatios;
import org.ragbook.compute.ci.Interval;
import org.ragbook.compute.ci.Means;
import org.ragbook.compute.ci.Proportions;
import org.ragbook.read.CellRef;
import org.ragbook.schema.CiMethod;
import org.ragbook.schema.Indicator;
import org.ragbook.validate.Finding;
import org.ragbook.validate.Observation;
import org.ragbook.validate.Rule;

/**
 * Decides the value and intervals an observation is judged by. Figures the return gives are kept
 * (the analyst may have published them); where the return gives the method's inputs (count and
 * denominator, age bands, expected events, standard deviation), Ragbook computes them too, fills what the return left blank, and warns at the cell when a given figure disagrees
 * with the computed one beyond its rounding — a wrong spreadsheet formula is a common error.
 */
final class Estimates {

    static final String GIVEN = "Given in the return";

    private Estimates() {
    }

    /**
     * The estimate to judge the observation by, or null when there is no value at all or it is a
     * standardised rate over too few events to publish.
     */
    static Estimate of(Observation o, List<Finding> findings) {
        if (StandardisedRates.unpublished(o)) {
            return null;
        }
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

    /** What the indicator's method computes from the observation's inputs (see {@link #inputs}), if it can. */
    static Optional<Estimate> computed(Observation o) {
        Indicator indicator = o.indicator();
        double multiplier = indicator.multiplier();
        boolean counted = o.count() != null && o.count() >= 0;
        return switch (indicator.ciMethod()) {
            case WILSON -> counted && positive(o.denominator()) && o.count() <= o.denominator()
                    ? Optional.of(Proportions.estimate(o.count(), o.denominator(), multiplier))
                    : Optional.empty();
            case BYARS -> counted && positive(o.denominator())
                    ? Optional.of(CrudeRates.estimate(o.count(), o.denominator(), multiplier,
                            CrudeRates.DEFAULT_BYARS_THRESHOLD))
                    : Optional.empty();
            case DOBSON -> StandardisedRates.of(o);
            case ISR -> counted && positive(o.expected())
                    ? Optional.of(IndirectlyStandardisedRatios.ratio(o.count(), o.expected(), multiplier))
                    : Optional.empty();
            case STUDENT_T -> o.value() != null && o.standardDeviation() != null && o.standardDeviation() >= 0
                    && o.denominator() != null && o.denominator() >= 2
                    ? Optional.of(Means.estimate(o.value(), o.standardDeviation(), o.denominator()))
                    : Optional.empty();
            case GIVEN, NONE -> Optional.empty();
        };
    }

    /** What each method computes from, in the words of the figure-disagrees message. */
    private static String inputs(CiMethod method) {
        return switch (method) {
            case DOBSON -> "the age bands";
            case ISR -> "the count and expected events";
            case STUDENT_T -> "the standard deviation and number of values";
            default -> "the count and denominator";
        };
    }

    private static boolean positive(Double v) {
        return v != null && v > 0;
    }

    private static void checkAgreement(Observation o, Estimate computed, List<Finding> findings) {
        CellRef cell = o.valueCell();
        String source = inputs(o.indicator().ciMethod()) + " (" + computed.method() + ")";
        compare(cell, "value", o.value(), computed.value(), source, findings);
        if (o.hasCi95() && computed.ci95() != null) {
            compare(cell, "lower 95% limit", o.lowerCi95(), computed.ci95().lower(), source, findings);
            compare(cell, "upper 95% limit", o.upperCi95(), computed.ci95().upper(), source, findings);
        }
    }

    private static void compare(CellRef cell, String what, double given, double computed, String source,
            List<Finding> findings) {
        if (!Rounding.agrees(given, computed)) {
            findings.add(Rule.FIGURE_DISAGREES.warning(cell, "The " + what + " given (" + Reasons.number(given)
                    + ") differs from the " + Reasons.number(computed) + " Ragbook computes from " + source
                    + ". Check the formula that produced it."));
        }
    }
}
