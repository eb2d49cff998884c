package org.ragbook.validate;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.ragbook.read.CellValue;
import org.ragbook.read.ReturnTable;
import org.ragbook.read.SheetData;
import org.ragbook.read.SheetRow;

/**
 * Finds the long layout's header row on whichever sheet has it. A row counts as the header when it
 * names the Indicator ID column and at least two other Fingertips columns; analysts often put a
 * title or notes above the table, so the first rows of every sheet are searched.
 */
record HeaderRow(SheetData sheet, SheetRow row, Map<LongColumn, Integer> columns) {

    private static final int ROWS_SEARCHED = 30;

    static Optional<HeaderRow> find(ReturnTable table) {
        for (SheetData sheet : table.sheets()) {
            for (SheetRow row : sheet.rows()) {
                if (row.index() >= ROWS_SEARCHED) {
                    break;
                }
                Map<LongColumn, Integer> columns = columnsOf(row);
                if (columns.containsKey(LongColumn.INDICATOR_ID) && columns.size() >= 3) {
                    return Optional.of(new HeaderRow(sheet, row, columns));
                }
            }
        }
        return Optional.empty();
    }

    private static Map<LongColumn, Integer> columnsOf(SheetRow row) {
        Map<LongColumn, Integer> columns = new EnumMap<>(LongColumn.class);
        for (int c = 0; c < row.cells().size(); c++) {
            if (row.cell(c) instanceof CellValue.Text text) {
                for (LongColumn column : LongColumn.values()) {
                    if (column.matches(text.value())) {
                        columns.putIfAbsent(column, c);
                    }
                }
            }
        }
        return columns;
    }

    int lastColumn() {
        return row.cells().size() - 1;
    }
}
