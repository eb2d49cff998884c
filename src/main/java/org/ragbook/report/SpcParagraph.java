package org.ragbook.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.ragbook.compute.SeriesChart;
import org.ragbook.compute.spc.SpcResult;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.Target;

/**
 * The sentence a board paper gives an SPC chart, in Making Data Count's words for its two icons
 * (NHS England, "Making Data Count: getting started", 2019): "A&amp;E 4 hours for University
 * Hospitals of Leicester (Dec-20: 86.0%): special cause concerning variation; the 95% target will
 * not be met without change."
 */
final class SpcParagraph {

    private SpcParagraph() {
    }

    static String of(SeriesChart chart) {
        SpcResult result = chart.result();
        Indicator indicator = chart.indicator();
        double latest = result.rows().get(result.rows().size() - 1).value();
        String head = indicator.name() + " for " + area(chart)
                + " (" + chart.latestPeriod() + ": " + Figures.format(latest) + (Prose.isPercentage(indicator) ? "%" : "") + "): ";
        String variation = switch (result.variation()) {
            case COMMON_CAUSE -> "common cause variation";
            case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> "special cause improving variation";
            case CONCERN_HIGH, CONCERN_LOW -> "special cause concerning variation";
            case NEITHER_HIGH, NEITHER_LOW -> "special cause variation, neither improving nor concerning";
        };
        return head + variation + assurance(chart) + ".";
    }

    /** Whether the series is long enough for its icons. */
    static boolean hasReading(SeriesChart chart) {
        return chart.result().variation() != null;
    }

    /**
     * One sentence for every series too short to read, rather than a paragraph each saying the
     * same: "Five series have no SPC reading yet (…): A for X, …"
     */
    static String withoutReading(List<SeriesChart> charts) {
        String why = charts.stream().flatMap(chart -> chart.result().warnings().stream()).distinct()
                .map(warning -> warning.endsWith(".") ? warning.substring(0, warning.length() - 1) : warning)
                .collect(Collectors.joining("; "));
        String count = charts.size() == 1 ? "One series has" : Words.capitalised(Words.number(charts.size()))
                + " series have";
        return count + " no SPC reading yet" + (why.isEmpty() ? "" : " (" + why + ")") + ": " + Words.list(charts
                .stream().map(chart -> chart.indicator().name() + " for " + area(chart)).toList()) + ".";
    }

    private static String area(SeriesChart chart) {
        return chart.areaName() == null ? chart.areaCode() : chart.areaName();
    }

    private static String assurance(SeriesChart chart) {
        Target target = chart.indicator().target();
        if (target == null) {
            return "";
        }
        String theTarget = Prose.isPercentage(chart.indicator())
                ? "the " + BigDecimal.valueOf(target.value()).stripTrailingZeros().toPlainString() + "% target"
                : "the target (" + target + ")";
        SpcResult result = chart.result();
        if (result.assurance() == null) {
            return "; " + theTarget + " cannot be assured yet (" + result.assuranceReason() + ")";
        }
        return "; " + theTarget + switch (result.assurance()) {
            case CONSISTENT_PASS -> " will be met consistently";
            case CONSISTENT_FAIL -> " will not be met without change";
            case INCONSISTENT -> " may be met or missed at random (hit and miss)";
        };
    }
}
