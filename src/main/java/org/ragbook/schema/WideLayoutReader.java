package org.ragbook.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ragbook.schema.SchemaDocument.ColumnEntry;
import org.ragbook.schema.SchemaDocument.WideLayoutEntry;

/** Checks a schema's {@code wideLayout} and turns it into a {@link WideLayout}. */
final class WideLayoutReader {

    private final String file;

    WideLayoutReader(String file) {
        this.file = file;
    }

    WideLayout read(WideLayoutEntry entry) {
        String indicatorColumn = Field.required(file, entry, "wideLayout.indicatorColumn", entry.indicatorColumn,
                "the header of the column naming each row's indicator").text();
        String periodColumn = optional(entry.periodColumn, "wideLayout.periodColumn");
        if (entry.columns == null || entry.columns.isEmpty()) {
            throw SchemaException.at(file, entry.line, "wideLayout.columns", "missing (a list of value columns)");
        }
        List<WideLayout.Column> columns = new ArrayList<>();
        Set<String> headers = new HashSet<>();
        for (int i = 0; i < entry.columns.size(); i++) {
            ColumnEntry column = entry.columns.get(i);
            String path = "wideLayout.columns[" + i + "]";
            if (column == null) {
                throw SchemaException.at(file, entry.line, path, "is empty");
            }
            Field headerField = Field.required(file, column, path + ".header", column.header, "the column's header");
            String header = headerField.text();
            if (!headers.add(header.toLowerCase(Locale.ROOT))) {
                throw headerField.problem("'" + header + "' is already a value column");
            }
            String areaCode = optional(column.areaCode, path + ".areaCode");
            String areaName = optional(column.areaName, path + ".areaName");
            if (areaName != null && areaCode == null) {
                throw SchemaException.at(file, column.line, path + ".areaCode",
                        "missing (an areaName needs the area's code)");
            }
            String period = optional(column.period, path + ".period");
            if (period == null && periodColumn == null) {
                throw SchemaException.at(file, column.line, path + ".period",
                        "missing (each value column must fix its period when wideLayout has no periodColumn)");
            }
            columns.add(new WideLayout.Column(header, areaCode, areaName, period));
        }
        return new WideLayout(optional(entry.sheet, "wideLayout.sheet"), indicatorColumn, periodColumn,
                optional(entry.areaColumn, "wideLayout.areaColumn"), optional(entry.sexColumn, "wideLayout.sexColumn"),
                columns);
    }

    private String optional(Scalar value, String path) {
        return value == null ? null : new Field(file, path, value).text();
    }
}
