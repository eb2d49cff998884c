package org.ragbook.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The lists a template's dropdowns offer. A short list is written into its validation; Excel allows
 * 255 characters there (POI throws beyond), and a comma inside an item would split it, so any other
 * list goes in a column of a hidden sheet that the validation refers to. A list used twice (the
 * indicator codes on two sheets) takes one column.
 */
final class ChoiceLists {

    static final String SHEET = "Lists";
    private static final int INLINE_LIMIT = 255;

    /** Each list kept on the sheet, with the range that holds it. */
    private final Map<List<String>, String> ranges = new LinkedHashMap<>();

    DataValidationConstraint constraint(DataValidationHelper helper, List<String> items) {
        if (fitsInline(items)) {
            return helper.createExplicitListConstraint(items.toArray(String[]::new));
        }
        String range = ranges.get(items);
        if (range == null) {
            String column = CellReference.convertNumToColString(ranges.size());
            range = "'" + SHEET + "'!$" + column + "$1:$" + column + "$" + items.size();
            ranges.put(items, range);
        }
        return helper.createFormulaListConstraint(range);
    }

    private static boolean fitsInline(List<String> items) {
        return String.join(",", items).length() <= INLINE_LIMIT
                && items.stream().noneMatch(item -> item.contains(",") || item.contains("\""));
    }

    /** Writes the hidden, locked sheet of lists, when a list needed it: after the sheets people use. */
    void write(XSSFWorkbook workbook) {
        if (ranges.isEmpty()) {
            return;
        }
        XSSFSheet sheet = workbook.createSheet(SHEET);
        List<List<String>> lists = new ArrayList<>(ranges.keySet());
        for (int c = 0; c < lists.size(); c++) {
            List<String> items = lists.get(c);
            for (int r = 0; r < items.size(); r++) {
                XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                row.createCell(c).setCellValue(items.get(r));
            }
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.HIDDEN);
        SheetProtection.readOnly(sheet);
    }
}
