package org.ragbook.template;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A sheet of a template holding a table: the header row Ragbook reads, frozen, filtered and locked,
 * above unlocked cells for the analyst, each column checked as its cells are typed.
 */
final class TableSheet {

    /** Checks and unlocked cells run to the foot of the sheet: a return may hold 100,000 rows. */
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private TableSheet() {
    }

    static XSSFSheet write(XSSFWorkbook workbook, TemplateStyles styles, ChoiceLists lists, String name,
            List<TemplateColumn> columns) {
        XSSFSheet sheet = workbook.createSheet(name);
        Rows.write(sheet, 0, columns.stream().map(TemplateColumn::header).toList(), styles.header());
        Rows.widths(sheet, columns.stream().map(TemplateColumn::width).toList());
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            CellCheck check = columns.get(c).check();
            // the header cells keep their own (locked) style; every other cell of the column takes this one
            sheet.setDefaultColumnStyle(c, check instanceof CellCheck.Choice ? styles.unlockedText() : styles.unlocked());
            if (check != null) {
                sheet.addValidationData(validation(helper, lists, check, c));
            }
        }
        SheetProtection.table(sheet);
        return sheet;
    }

    private static DataValidation validation(DataValidationHelper helper, ChoiceLists lists, CellCheck check,
            int column) {
        DataValidation validation = helper.createValidation(check.constraint(helper, lists),
                new CellRangeAddressList(1, LAST_ROW, column, column));
        MessageBox prompt = check.prompt();
        if (prompt != null) {
            validation.createPromptBox(prompt.title(), prompt.text());
            validation.setShowPromptBox(true);
        }
        MessageBox alert = check.alert();
        if (alert != null) {
            validation.createErrorBox(alert.title(), alert.text());
            validation.setShowErrorBox(true);
        }
        return validation;
    }
}
