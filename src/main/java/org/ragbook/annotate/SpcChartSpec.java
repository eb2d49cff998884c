package org.ragbook.annotate;

/**
 * Where one series' chart and icons go on the SPC sheet and which cells the chart reads: what the
 * drawing needs, worked out once with the cells so both workbook writers draw the same thing.
 *
 * @param top          the block's first row, where the chart's top edge sits
 * @param iconRow      the row of the variation and assurance icons
 * @param firstRow     the first month's row; the header row is the one above
 * @param lastRow      the last month's row
 * @param hasTarget    whether the target column is drawn
 * @param axisMinimum  where the value axis starts: near the data rather than at zero
 */
record SpcChartSpec(String title, int top, int iconRow, int firstRow, int lastRow, boolean hasTarget,
        double axisMinimum, SpcIcon variation, SpcIcon assurance) {
}
