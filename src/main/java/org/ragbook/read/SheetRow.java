package org.ragbook.read;

import java.util.List;

/** One non-empty row of a sheet: its zero-based row index and its cells by zero-based column. */
public record SheetRow(int index, List<CellValue> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public CellValue cell(int column) {
        return column < cells.size() ? cells.get(column) : CellValue.BLANK;
    }
}
