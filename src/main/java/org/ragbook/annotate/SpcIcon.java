package org.ragbook.annotate;

import org.ragbook.compute.SeriesChart;
import org.ragbook.compute.spc.AssuranceIcon;
import org.ragbook.compute.spc.VariationIcon;

/**
 * A Making Data Count icon as Ragbook draws it: the letter boards read inside a ring of the MDC
 * colour (H or L for special cause high or low, ~ for common cause, a dash for none; P, F or ? for
 * a target consistently passed, failed, or hit and miss); in a table, the letter on the colour.
 */
record SpcIcon(String letter, RagColour colour, String meaning) {

    static final String NONE = "–";

    static SpcIcon variation(SeriesChart chart) {
        VariationIcon v = chart.result().variation();
        if (v == null) {
            return new SpcIcon(NONE, RagColour.SPC_COMMON, "no variation icon");
        }
        return switch (v) {
            case COMMON_CAUSE -> new SpcIcon("~", RagColour.SPC_COMMON, v.label());
            case IMPROVEMENT_HIGH -> new SpcIcon("H", RagColour.SPC_IMPROVEMENT, v.label());
            case IMPROVEMENT_LOW -> new SpcIcon("L", RagColour.SPC_IMPROVEMENT, v.label());
            case CONCERN_HIGH -> new SpcIcon("H", RagColour.SPC_CONCERN, v.label());
            case CONCERN_LOW -> new SpcIcon("L", RagColour.SPC_CONCERN, v.label());
            case NEITHER_HIGH -> new SpcIcon("H", RagColour.SPC_NEITHER, v.label());
            case NEITHER_LOW -> new SpcIcon("L", RagColour.SPC_NEITHER, v.label());
        };
    }

    static SpcIcon assurance(SeriesChart chart) {
        AssuranceIcon a = chart.result().assurance();
        if (a == null) {
            return new SpcIcon(NONE, RagColour.SPC_COMMON, "no assurance icon");
        }
        return switch (a) {
            case CONSISTENT_PASS -> new SpcIcon("P", RagColour.SPC_IMPROVEMENT, a.label());
            case CONSISTENT_FAIL -> new SpcIcon("F", RagColour.SPC_CONCERN, a.label());
            case INCONSISTENT -> new SpcIcon("?", RagColour.SPC_COMMON, a.label());
        };
    }

    /** The icon as a table cell: its letter on its colour. */
    PlanCell cell() {
        return PlanCell.header(letter).withFill(colour);
    }
}
