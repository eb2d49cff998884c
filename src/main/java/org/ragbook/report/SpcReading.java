package org.ragbook.report;

import org.ragbook.compute.SeriesChart;
import org.ragbook.compute.spc.SpcResult;
import org.ragbook.compute.spc.SpcRow;
import org.ragbook.compute.spc.SpcRule;

/**
 * The one line a board paper prints beside an SPC chart: what the latest month's variation is and
 * whether the target will be met, e.g. "Special cause concern: below the mean for 6 or more months;
 * target 95 not met consistently."
 */
public final class SpcReading {

    private SpcReading() {
    }

    public static String of(SeriesChart chart) {
        SpcResult result = chart.result();
        if (result.variation() == null) {
            return "No SPC reading: " + String.join("; ", result.warnings());
        }
        SpcRow latest = result.rows().get(result.rows().size() - 1);
        return variation(result, latest) + "; " + assurance(chart) + ".";
    }

    private static String variation(SpcResult result, SpcRow latest) {
        String kind = switch (result.variation()) {
            case COMMON_CAUSE -> "Common cause variation";
            case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> "Special cause improvement";
            case CONCERN_HIGH, CONCERN_LOW -> "Special cause concern";
            case NEITHER_HIGH, NEITHER_LOW -> "Special cause variation";
        };
        if (latest.rule() == SpcRule.NONE) {
            return kind;
        }
        boolean high = switch (result.variation()) {
            case IMPROVEMENT_HIGH, CONCERN_HIGH, NEITHER_HIGH -> true;
            default -> false;
        };
        int run = result.profile().runLength();
        return kind + ": " + switch (latest.rule()) {
            case SINGLE_POINT -> (high ? "above the upper" : "below the lower") + " process limit";
            case TWO_OF_THREE -> "two of the last three months " + (high ? "above" : "below") + " 2σ";
            case SHIFT -> (high ? "above" : "below") + " the mean for " + run + " or more months";
            case TREND -> (high ? "rising" : "falling") + " for " + run + " or more months";
            case NONE -> "";
        };
    }

    private static String assurance(SeriesChart chart) {
        SpcResult result = chart.result();
        if (chart.indicator().target() == null) {
            return "no target";
        }
        String target = "target " + java.math.BigDecimal.valueOf(chart.indicator().target().value()).stripTrailingZeros()
                .toPlainString();
        if (result.assurance() == null) {
            return target + " not judged (" + result.assuranceReason() + ")";
        }
        return target + switch (result.assurance()) {
            case CONSISTENT_PASS -> " met consistently";
            case CONSISTENT_FAIL -> " not met consistently";
            case INCONSISTENT -> " met inconsistently (hit or miss)";
        };
    }
}
