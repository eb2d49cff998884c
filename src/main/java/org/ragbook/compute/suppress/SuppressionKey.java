package org.ragbook.compute.suppress;

/** Identifies one figure that may be suppressed: an indicator's value for an area, sex, age and period. */
public record SuppressionKey(String indicatorId, String areaCode, String sex, String age, String period) {
}
