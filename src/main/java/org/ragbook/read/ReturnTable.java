package org.ragbook.read;

import java.util.List;
import java.util.Optional;

/**
 * Everything Ragbook read from an uploaded return: each sheet's cells with their positions,
 * nothing interpreted yet. A CSV file is a table with one sheet.
 */
public record ReturnTable(String fileName, SourceFormat format, List<SheetData> sheets) {

    public ReturnTable {
        sheets = List.copyOf(sheets);
    }

    public Optional<SheetData> sheet(String name) {
        return sheets.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    public int rowCount() {
        return sheets.stream().mapToInt(s -> s.rows().size()).sum();
    }
}
