package org.ragbook.compute.suppress;

/** Which cell of a return a suppression decision is about: one indicator's count for one area, sex, age and period. */
public record SuppressionKey(String indicatorId, String areaCode, String sex, String age, String period) {
}
