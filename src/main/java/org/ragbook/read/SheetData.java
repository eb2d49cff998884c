package org.ragbook.read;

import java.util.List;

/** The non-empty rows of one sheet, in sheet order. */
public record SheetData(String name, List<SheetRow> rows) {

    public SheetData {
        rows = List.copyOf(rows);
    }

    public CellRef ref(int column, int row) {
        return new CellRef(name, column, row);
    }
}
