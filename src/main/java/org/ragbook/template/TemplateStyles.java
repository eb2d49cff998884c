package org.ragbook.template;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The styles a template uses, each made once for the whole workbook. Every cell is locked unless its
 * style says otherwise, so on a protected sheet only the cells in an unlocked style can be changed.
 */
final class TemplateStyles {

    private static final short TITLE_POINTS = 14;
    private static final String TEXT_FORMAT = "@";

    private final XSSFCellStyle header;
    private final XSSFCellStyle title;
    private final XSSFCellStyle unlocked;
    private final XSSFCellStyle unlockedText;

    TemplateStyles(XSSFWorkbook workbook) {
        header = bold(workbook, null);
        title = bold(workbook, TITLE_POINTS);
        unlocked = workbook.createCellStyle();
        unlocked.setLocked(false);
        unlockedText = workbook.createCellStyle();
        unlockedText.setLocked(false);
        unlockedText.setDataFormat(workbook.createDataFormat().getFormat(TEXT_FORMAT));
    }

    XSSFCellStyle header() {
        return header;
    }

    XSSFCellStyle title() {
        return title;
    }

    /** A data cell. */
    XSSFCellStyle unlocked() {
        return unlocked;
    }

    /** A data cell kept as the text typed: Excel would otherwise turn the age band 5-9 into 5 September. */
    XSSFCellStyle unlockedText() {
        return unlockedText;
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
