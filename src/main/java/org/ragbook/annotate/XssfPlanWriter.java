package org.ragbook.annotate;

import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Renders plan cells and sheets into an XSSF workbook. Text goes in as a string value, never as a formula. */
final class XssfPlanWriter {

    private static final int WIDTH_UNITS_PER_CHARACTER = 256;

    private final XSSFWorkbook workbook;
    private final XssfStyles styles;

    XssfPlanWriter(XSSFWorkbook workbook, XssfStyles styles) {
        this.workbook = workbook;
        this.styles = styles;
    }

    XSSFSheet addSheet(PlanSheet plan) {
        XSSFSheet sheet = workbook.createSheet(plan.name());
        List<List<PlanCell>> rows = plan.rows();
        for (int r = 0; r < rows.size(); r++) {
            if (!rows.get(r).isEmpty()) {
                XSSFRow row = row(sheet, r);
                writeRow(row, 0, rows.get(r));
                float height = plan.rowHeightPoints(r);
                if (height > 0) {
                    row.setHeightInPoints(height);
                }
            }
        }
        setWidths(sheet, 0, plan.widths());
        if (plan.hasTable()) {
            sheet.createFreezePane(0, plan.headerRow() + 1);
            sheet.setAutoFilter(new CellRangeAddress(plan.headerRow(), rows.size() - 1, 0, plan.tableColumns() - 1));
        }
        return sheet;
    }

    /** Writes the cells from {@code firstColumn} on, skipping empty ones. */
    void writeRow(XSSFRow row, int firstColumn, List<PlanCell> cells) {
        for (int c = 0; c < cells.size(); c++) {
            PlanCell cell = cells.get(c);
            if (!cell.isEmpty()) {
                write(row.createCell(firstColumn + c), cell);
            }
        }
    }

    void write(XSSFCell target, PlanCell cell) {
        if (cell.number() != null) {
            target.setCellValue(cell.number());
        } else {
            target.setCellValue(cell.text());
        }
        XSSFCellStyle style = styles.of(cell);
        if (style != null) {
            target.setCellStyle(style);
        }
        if (cell.link() != null) {
            XSSFHyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress(SheetNames.reference(cell.link().sheet(), cell.link().address()));
            target.setHyperlink(link);
        }
    }

    static void setWidths(XSSFSheet sheet, int firstColumn, List<Integer> widths) {
        for (int c = 0; c < widths.size(); c++) {
            sheet.setColumnWidth(firstColumn + c, widths.get(c) * WIDTH_UNITS_PER_CHARACTER);
        }
    }

    static XSSFRow row(XSSFSheet sheet, int index) {
        XSSFRow row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }
}
