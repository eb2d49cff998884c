package org.ragbook.template;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The styles a template uses, each made once for the whole workbook. */
final class TemplateStyles {

    private static final short TITLE_POINTS = 14;

    private final XSSFCellStyle header;
    private final XSSFCellStyle title;

    TemplateStyles(XSSFWorkbook workbook) {
        header = bold(workbook, null);
        title = bold(workbook, TITLE_POINTS);
    }

    XSSFCellStyle header() {
        return header;
    }

    XSSFCellStyle title() {
        return title;
    }

    private static XSSFCellStyle bold(XSSFWorkbook workbook, Short points) {
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        if (points != null) {
            font.setFontHeightInPoints(points);
        }
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
