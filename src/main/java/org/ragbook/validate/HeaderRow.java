package org.ragbook.validate;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
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

    /** The first header row on any sheet but {@code skipped} (the age-band sheet, whose header looks alike). */
    static Optional<HeaderRow> find(ReturnTable table, Optional<SheetData> skipped) {
        for (SheetData sheet : table.sheets()) {
            if (skipped.isPresent() && skipped.get() == sheet) {
                continue;
            }
            for (SheetRow row : sheet.rows()) {
                if (row.index() >= ROWS_SEARCHED) {
                    break;
                }
                Map<LongColumn, Integer> columns = columnsOf(row, LongColumn.class, LongColumn::matches);
                if (columns.containsKey(LongColumn.INDICATOR_ID) && columns.size() >= 3) {
                    return Optional.of(new HeaderRow(sheet, row, columns));
                }
            }
        }
        return Optional.empty();
    }

    /** Which of {@code type}'s columns the row's text cells name, and where (the first of a repeated header). */
    static <E extends Enum<E>> Map<E, Integer> columnsOf(SheetRow row, Class<E> type, BiPredicate<E, String> matches) {
        Map<E, Integer> columns = new EnumMap<>(type);
        for (int c = 0; c < row.cells().size(); c++) {
            if (row.cell(c) instanceof CellValue.Text text) {
                for (E column : type.getEnumConstants()) {
                    if (matches.test(column, text.value())) {
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
