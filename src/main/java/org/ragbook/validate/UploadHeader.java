package org.ragbook.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ragbook.read.ReturnTable;
import org.ragbook.read.SheetData;
import org.ragbook.read.SheetRow;

/**
 * The header row of a Fingertips upload-layout return. In a workbook the upload service reads only
 * the sheet named {@code PHOLIO} (the template's {@code Notes} and any other sheet are ignored); a
 * CSV file is its one sheet. A row counts as the header when it names IndicatorId and two other
 * upload columns, so that a missing column can be named rather than the layout not recognised.
 */
record UploadHeader(SheetData sheet, SheetRow row, Map<UploadColumn, Integer> columns) {

    static final String SHEET = "PHOLIO";
    private static final int ROWS_SEARCHED = 30;

    static Optional<UploadHeader> find(ReturnTable table) {
        List<SheetData> searched = table.sheet(SHEET).map(List::of).orElse(table.sheets());
        for (SheetData sheet : searched) {
            for (SheetRow row : sheet.rows()) {
                if (row.index() >= ROWS_SEARCHED) {
                    break;
                }
                Map<UploadColumn, Integer> columns = HeaderRow.columnsOf(row, UploadColumn.class, UploadColumn::matches);
                if (columns.containsKey(UploadColumn.INDICATOR_ID) && columns.size() >= 3) {
                    return Optional.of(new UploadHeader(sheet, row, columns));
                }
            }
        }
        return Optional.empty();
    }

    List<UploadColumn> missing() {
        return java.util.Arrays.stream(UploadColumn.values())
                .filter(c -> c.required() && !columns.containsKey(c))
                .toList();
    }

    int lastColumn() {
        return row.cells().size() - 1;
    }
}
