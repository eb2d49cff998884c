package org.ragbook.store;

/** A series in the history: one indicator for one area, sex and age, over its periods. */
public record SeriesKey(String indicatorId, String areaCode, String sex, String age) {
}
