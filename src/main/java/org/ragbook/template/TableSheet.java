package org.ragbook.template;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A sheet of a template holding a table: the header row Ragbook reads, frozen and filtered, above rows for the analyst. */
final class TableSheet {

    private TableSheet() {
    }

    static XSSFSheet write(XSSFWorkbook workbook, TemplateStyles styles, String name, List<TemplateColumn> columns) {
        XSSFSheet sheet = workbook.createSheet(name);
        Rows.write(sheet, 0, columns.stream().map(TemplateColumn::header).toList(), styles.header());
        Rows.widths(sheet, columns.stream().map(TemplateColumn::width).toList());
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        return sheet;
    }
}
