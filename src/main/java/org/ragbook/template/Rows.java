package org.ragbook.template;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writes a template's rows of text. Text goes in as a string value, never as a formula. */
final class Rows {

    private static final int WIDTH_UNITS_PER_CHARACTER = 256;

    private Rows() {
    }

    /** Writes {@code texts} from column A of row {@code index}, in {@code style} (null for the default). */
    static void write(XSSFSheet sheet, int index, List<String> texts, CellStyle style) {
        XSSFRow row = sheet.createRow(index);
        for (int c = 0; c < texts.size(); c++) {
            XSSFCell cell = row.createCell(c);
            cell.setCellValue(texts.get(c));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    /** Column widths in characters, from column A. */
    static void widths(XSSFSheet sheet, List<Integer> widths) {
        for (int c = 0; c < widths.size(); c++) {
            sheet.setColumnWidth(c, widths.get(c) * WIDTH_UNITS_PER_CHARACTER);
        }
    }
}
