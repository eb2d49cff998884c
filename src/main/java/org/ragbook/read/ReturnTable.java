package org.ragbook.read;

import java.util.List;
import java.util.Optional;

/**
 * Everything Ragbook read from an uploaded return: each sheet's cells with their positions,
 * nothing interpreted yet. A CSV file is a table with one sheet.
 *
 * @param template the stamp of the Ragbook template the workbook was made from, or null when it
 *                 carries none (a CSV file, a workbook of the analyst's own, a template made
 *                 before templates were stamped)
 */
public record ReturnTable(String fileName, SourceFormat format, List<SheetData> sheets, TemplateStamp template) {

    public ReturnTable {
        sheets = List.copyOf(sheets);
    }

    /** A table read from no template. */
    public ReturnTable(String fileName, SourceFormat format, List<SheetData> sheets) {
        this(fileName, format, sheets, null);
    }

    public Optional<SheetData> sheet(String name) {
        return sheets.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    public int rowCount() {
        return sheets.stream().mapToInt(s -> s.rows().size()).sum();
    }
}
