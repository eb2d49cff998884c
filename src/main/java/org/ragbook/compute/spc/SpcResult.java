package org.ragbook.compute.spc;

import java.util.List;

/**
 * An XmR chart of one series under one profile.
 *
 * @param variation       null when the series is too short for icons (the warnings say why)
 * @param assurance       null when there is no target, no limits, or too few points
 * @param assuranceReason why {@code assurance} is null, or null when it is not
 * @param warnings        what a reader should know: too few points, a series with a gap
 */
public record SpcResult(List<SpcRow> rows, VariationIcon variation, AssuranceIcon assurance, String assuranceReason,
        List<String> warnings, SpcProfile profile) {

    public SpcResult {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }
}
