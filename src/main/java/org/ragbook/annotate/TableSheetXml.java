package org.ragbook.annotate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ragbook.read.CellValue;
import org.ragbook.read.SheetData;
import org.ragbook.read.SheetRow;

/**
 * Streams one of the analyst's sheets as read, with its marks and the added columns merged in. The
 * marks are indexed by row beforehand so that a row costs a map look-up and a scan of its own few
 * marks.
 *
 * @param marksByRow the sheet's marks by zero-based row, each row's in column order
 * @param appended   the added columns when they go on this sheet, else null
 * @param headerRow  the row written in bold, or -1
 * @param comments   whether some marks have comments, drawn by the sheet's VML part
 */
record TableSheetXml(SheetData sheet, Map<Integer, List<CellMark>> marksByRow, AppendedColumns appended, int headerRow,
        boolean comments) {

    void write(WorksheetXml xml) throws IOException {
        List<WorksheetXml.Width> widths = new ArrayList<>();
        if (appended != null) {
            for (int i = 0; i < StatisticsCells.WIDTHS.size(); i++) {
                widths.add(new WorksheetXml.Width(appended.firstColumn() + i, StatisticsCells.WIDTHS.get(i)));
            }
        }
        xml.start(false, 0, widths);
        int[] extra = rowsRagbookWrites();
        int next = 0;
        for (SheetRow row : sheet.rows()) {
            while (next < extra.length && extra[next] < row.index()) {
                writeRow(xml, extra[next++], List.of());
            }
            if (next < extra.length && extra[next] == row.index()) {
                next++;
            }
            writeRow(xml, row.index(), row.cells());
        }
        while (next < extra.length) {
            writeRow(xml, extra[next++], List.of());
        }
        xml.endSheetData();
        if (comments) {
            xml.legacyDrawing();
        }
        xml.end();
    }

    /**
     * The rows Ragbook writes to, sorted, so that those the reader found empty (a finding on a
     * blank row) are written in their place between the rows with data.
     */
    private int[] rowsRagbookWrites() {
        List<Integer> rows = new ArrayList<>(marksByRow.keySet());
        if (appended != null) {
            rows.add(appended.headerRow());
            rows.addAll(appended.rows().keySet());
        }
        return rows.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    private void writeRow(WorksheetXml xml, int index, List<CellValue> cells) throws IOException {
        List<CellMark> marks = marksByRow.getOrDefault(index, List.of());
        List<PlanCell> added = appended == null ? List.of() : appended.cellsAt(index);
        int firstAdded = appended == null ? Integer.MAX_VALUE : appended.firstColumn();
        int last = Math.max(cells.size() - 1, added.isEmpty() ? -1 : firstAdded + added.size() - 1);
        for (CellMark mark : marks) {
            last = Math.max(last, mark.cell().column());
        }
        StreamingStyles.Look look = index == headerRow ? StreamingStyles.Look.HEADER : StreamingStyles.Look.PLAIN;
        xml.startRow(index);
        int nextMark = 0;
        for (int c = 0; c <= last; c++) {
            CellValue value = c < cells.size() ? cells.get(c) : CellValue.BLANK;
            CellMark mark = null;
            if (nextMark < marks.size() && marks.get(nextMark).cell().column() == c) {
                mark = marks.get(nextMark++);
            }
            int addedIndex = c - firstAdded;
            if (addedIndex >= 0 && addedIndex < added.size() && value instanceof CellValue.Blank) {
                PlanCell cell = added.get(addedIndex);
                if (!cell.isEmpty()) {
                    xml.planCell(c, cell);
                }
            } else if (mark != null || !(value instanceof CellValue.Blank)) {
                xml.value(c, value, look, mark == null ? RagColour.NOT_COMPARED : mark.fill());
            }
        }
        xml.endRow();
    }
}
