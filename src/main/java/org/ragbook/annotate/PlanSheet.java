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

    boolean hasTable() {
        return headerRow >= 0;
    }

    /** The number of columns of the table under the header row. */
    int tableColumns() {
        return rows.get(headerRow).size();
    }
}
