package org.ragbook.annotate;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ragbook.compute.Assessment;
import org.ragbook.read.CellValue;
import org.ragbook.read.ReturnTable;
import org.ragbook.read.SheetData;
import org.ragbook.read.SheetRow;
import org.ragbook.validate.DataRegion;

/**
 * The columns Ragbook adds to the right of a long-layout table, named as the Fingertips export
 * names its own: the header cells on the header row and, for every judged row, that row's cells.
 *
 * @param firstColumn the zero-based column of the first added column
 * @param rows        the added cells by zero-based row
 */
record AppendedColumns(String sheet, int headerRow, int firstColumn, List<String> headers, Map<Integer, List<PlanCell>> rows) {


    AppendedColumns {
        headers = List.copyOf(headers);
        rows = Collections.unmodifiableMap(rows);
    }

    /** The columns for a long-layout region; null for a wide table, whose rows hold several values. */
    static AppendedColumns of(ReturnTable table, DataRegion region, List<Assessment> assessments, OutputSheets sheets) {
        if (region == null || region.wide()) {
            return null;
        }
        Map<Integer, List<PlanCell>> rows = new HashMap<>();
        for (Assessment a : assessments) {
            if (a.observation().valueCell().sheet().equals(region.sheet())) {
                rows.put(a.observation().valueCell().row(), StatisticsCells.of(a));
            }
        }
        int firstColumn = Math.max(region.lastColumn(), lastUsedColumn(table, region)) + 1;
        return new AppendedColumns(sheets.name(region.sheet()), region.headerRow(), firstColumn,
                StatisticsCells.HEADERS, rows);
    }

    /** The added cells of a row: the headers on the header row, a judged row's values, else none. */
    List<PlanCell> cellsAt(int row) {
        if (row == headerRow) {
            return headers.stream().map(PlanCell::header).toList();
        }
        return rows.getOrDefault(row, List.of());
    }

    /** The table's last non-blank column from the header down: notes right of the table must not be overwritten. */
    private static int lastUsedColumn(ReturnTable table, DataRegion region) {
        int last = -1;
        SheetData sheet = table.sheet(region.sheet()).orElse(null);
        if (sheet == null) {
            return last;
        }
        for (SheetRow row : sheet.rows()) {
            if (row.index() < region.headerRow()) {
                continue;
            }
            for (int c = row.cells().size() - 1; c > last; c--) {
                if (!(row.cell(c) instanceof CellValue.Blank)) {
                    last = c;
                    break;
                }
            }
        }
        return last;
    }
}
