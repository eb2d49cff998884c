package org.ragbook.compute.ci;

import java.util.Map;

/** One row of a PHEindicatormethods test sheet, by column name; a blank cell is absent. */
record ReferenceRow(String sheet, int rowNumber, Map<String, Object> cells) {

    boolean has(String column) {
        return cells.containsKey(column);
    }

    /** The number in {@code column}, or NaN where the cell is blank. */
    double number(String column) {
        Object value = cells.get(column);
        return value instanceof Double number ? number : Double.NaN;
    }

    /** The number in {@code column}, or 0 where the cell is blank, as R's {@code na.zero}. */
    double numberOrZero(String column) {
        return has(column) ? number(column) : 0;
    }

    String text(String column) {
        Object value = cells.get(column);
        return value == null ? "" : value.toString();
    }

    /** The multiplier at the end of a statistic such as "rate per 100000" or "ratio x 100". */
    double multiplierInStatistic() {
        String statistic = text("statistic");
        return Double.parseDouble(statistic.substring(statistic.lastIndexOf(' ') + 1));
    }

    @Override
    public String toString() {
        return sheet + " row " + rowNumber;
    }
}
