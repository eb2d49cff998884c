package org.ragbook.annotate;

import java.util.List;

/**
 * A sheet Ragbook adds to the workbook (Summary, Validation, Statistics), row by row.
 *
 * @param widths     column widths in characters, from the first column
 * @param headerRow  the zero-based row of the table's header, frozen and filtered; -1 for none
 */
record PlanSheet(String name, List<List<PlanCell>> rows, List<Integer> widths, int headerRow) {

    PlanSheet {
        rows = List.copyOf(rows);
        widths = List.copyOf(widths);
    }

    /** The same sheet cut after its first {@code count} rows. */
    PlanSheet firstRows(int count) {
        return new PlanSheet(name, rows.subList(0, Math.min(count, rows.size())), widths, headerRow);
    }

    /**
     * The height in points a row needs to show its wrapped paragraphs whole, or -1 to leave it to
     * the default: Excel does not grow a row to fit wrapped text when it opens a workbook.
     */
    float rowHeightPoints(int row) {
        List<PlanCell> cells = rows.get(row);
        int lines = 0;
        for (int c = 0; c < cells.size() && c < widths.size(); c++) {
            PlanCell cell = cells.get(c);
            if (cell.emphasis() == PlanCell.Emphasis.PARAGRAPH && cell.text() != null) {
                lines = Math.max(lines, (int) Math.ceil(cell.text().length() * CHARACTER_WIDTH / widths.get(c)));
            }
        }
        return lines == 0 ? -1 : Math.max(1, lines) * LINE_POINTS;
    }

    /** A character of running text in a Calibri 11 cell, in units of a column's width in characters. */
    private static final double CHARACTER_WIDTH = 1.1;
    private static final float LINE_POINTS = 15f;

    boolean hasTable() {
        return headerRow >= 0;
    }

    /** The number of columns of the table under the header row. */
    int tableColumns() {
        return rows.get(headerRow).size();
    }
}
