package org.ragbook.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ragbook.read.CellValue;
import org.ragbook.read.ReturnTable;
import org.ragbook.read.SheetData;
import org.ragbook.read.SheetRow;
import org.ragbook.read.SourceFormat;

/** Builds read tables cell by cell, the way the reader hands them to validation. */
final class Tables {

    static final Object[] HEADER = {"Indicator ID", "Indicator Name", "Area Code", "Area Name", "Sex", "Age",
        "Time period", "Value", "Lower CI 95.0 limit", "Upper CI 95.0 limit", "Count", "Denominator", "Value note"};

    private Tables() {
    }

    /** A sheet "Indicators" with the header in row 1 and the given rows below it. */
    static ReturnTable longTable(Object[]... rows) {
        List<Object[]> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(Arrays.asList(rows));
        return table("Indicators", all.toArray(Object[][]::new));
    }

    static ReturnTable table(String sheet, Object[]... rows) {
        List<SheetRow> sheetRows = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            sheetRows.add(new SheetRow(r, Arrays.stream(rows[r]).map(Tables::cell).toList()));
        }
        return new ReturnTable("return.xlsx", SourceFormat.XLSX, List.of(new SheetData(sheet, sheetRows)));
    }

    static CellValue cell(Object o) {
        if (o == null) {
            return CellValue.BLANK;
        }
        if (o instanceof CellValue v) {
            return v;
        }
        if (o instanceof Number n) {
            return new CellValue.Number(n.doubleValue());
        }
        return new CellValue.Text(o.toString());
    }
}
