package org.ragbook.compute;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.ragbook.compute.ci.DirectlyStandardisedRates;
import org.ragbook.compute.ci.Estimate;
import org.ragbook.compute.ci.Interval;
import org.ragbook.compute.target.Forecast;
import org.ragbook.compute.target.Variance;
import org.ragbook.schema.ComparisonLevels;
import org.ragbook.schema.Polarity;
import org.ragbook.schema.Target;
import org.ragbook.validate.Observation;

/** The reason behind a colour, in the words a committee paper would use; shown in comments and the Summary. */
final class Reasons {

    private Reasons() {
    }

    static String of(Observation o, Estimate used, boolean suppressed, Double benchmark, Comparison comparison,
            TargetResult target) {
        if (suppressed) {
            return "Suppressed: the count is below " + o.indicator().suppressBelow()
                    + " (or would reveal one that is), so the figures are not shown or compared.";
        }
        if (used == null && StandardisedRates.unpublished(o)) {
            return "Not published: fewer than " + DirectlyStandardisedRates.MINIMUM_TOTAL_COUNT + " events ("
                    + number(StandardisedRates.events(o)) + " in the age bands), too few for a standardised rate:"
                    + " not shown or compared.";
        }
        if (used == null) {
            return "No value" + (o.valueNote() != null ? " (" + o.valueNote() + ")" : "") + ": not compared.";
        }
        if (target != TargetResult.NO_TARGET) {
            return againstTarget(used.value(), o.indicator().target(), target);
        }
        String benchmarkName = o.indicator().benchmark().areaName();
        boolean twoLevels = o.indicator().levels() == ComparisonLevels.TWO_LEVEL;
        String head = number(used.value()) + ci(used, twoLevels);
        return switch (comparison) {
            case BEST -> head + " is significantly better" + than(benchmarkName, benchmark) + BEYOND_99_8;
            case WORST -> head + " is significantly worse" + than(benchmarkName, benchmark) + BEYOND_99_8;
            case BETTER, WORSE, HIGHER, LOWER -> head + " is significantly "
                    + comparison.label().toLowerCase(Locale.ROOT) + than(benchmarkName, benchmark)
                    + (twoLevels && o.indicator().polarity() != Polarity.NONE ? WITHIN_99_8 : ".");
            case SIMILAR -> head + " is similar to " + benchmarkName + " (" + number(benchmark)
                    + "): the interval includes " + benchmarkName + "'s value.";
            case NOT_COMPARED -> "Not compared: " + whyNotCompared(o, used, benchmarkName) + ".";
        };
    }

    private static String than(String benchmarkName, double benchmark) {
        return " than " + benchmarkName + " (" + number(benchmark) + ")";
    }

    private static final String BEYOND_99_8 = " at 99.8% as well as 95% confidence.";
    private static final String WITHIN_99_8 = " at 95% but not at 99.8% confidence.";

    /** The year-to-date sentences, or nothing: " −11,232 (−19%) on the same months a year before (59,244)." */
    static String yearToDate(Variance change, Forecast forecast) {
        StringBuilder text = new StringBuilder();
        if (change != null) {
            text.append(" ").append(signed(change.difference()))
                    .append(change.percentChange() == null ? "" : " (" + signed(change.percentChange()) + "%)")
                    .append(" on the same months a year before (").append(number(change.previous())).append(").");
        }
        if (forecast != null) {
            text.append(" Year-end forecast ").append(number(forecast.value())).append(" (")
                    .append(forecast.basis()).append(").");
        }
        return text.toString();
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : v < 0 ? "\u2212" : "") + number(Math.abs(v));
    }

    private static String againstTarget(double value, Target target, TargetResult result) {
        String head = number(value) + " against a target of " + target + ": ";
        return switch (result) {
            case MET -> head + "met.";
            case WITHIN_TOLERANCE -> head + "missed by " + number(TargetAssessment.shortfall(value, target))
                    + ", within the amber tolerance of " + number(target.amberTolerance()) + ".";
            case MISSED -> head + "missed by " + number(TargetAssessment.shortfall(value, target)) + ".";
            case NO_TARGET -> throw new IllegalArgumentException("no target to report against");
        };
    }

    private static String whyNotCompared(Observation o, Estimate used, String benchmarkName) {
        if (!o.indicator().isListed()) {
            return "no schema lists this indicator, so how to judge it is not known";
        }
        if (used.ci95() == null) {
            return "no 95% confidence interval is given";
        }
        if (o.indicator().levels() == ComparisonLevels.TWO_LEVEL && o.indicator().polarity() != Polarity.NONE
                && used.ci998() == null) {
            return "no 99.8% confidence interval is given, and this indicator is compared at 95% and 99.8%";
        }
        return "the return has no " + benchmarkName + " value for " + o.period();
    }

    private static String ci(Estimate e, boolean twoLevels) {
        if (e.ci95() == null) {
            return "";
        }
        String at95 = "95% CI " + range(e.ci95());
        return twoLevels && e.ci998() != null ? " (" + at95 + "; 99.8% CI " + range(e.ci998()) + ")" : " (" + at95 + ")";
    }

    private static String range(Interval ci) {
        return number(ci.lower()) + " to " + number(ci.upper());
    }

    /** DecimalFormat is costly to build and not thread-safe: one per thread, reused for every reason. */
    private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.UK)));

    static String number(double v) {
        return NUMBER.get().format(v);
    }
}
