package org.ragbook.template;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Sheet protection without a password: it guards against slips, not people (Review › Unprotect
 * Sheet lifts it), since an analyst who must change a template should be able to.
 */
final class SheetProtection {

    private SheetProtection() {
    }

    /** Nothing on the sheet can be changed. */
    static void readOnly(XSSFSheet sheet) {
        sheet.enableLocking();
    }

    /**
     * Only the unlocked cells below the header can be changed. Rows and columns may be resized,
     * sorted and filtered, but no row or column inserted or deleted: a column added would move the
     * header Ragbook reads, and Excel deletes a row only when all its cells are unlocked, which the
     * cells beside the table are not.
     */
    static void table(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSort(false);
        sheet.lockAutoFilter(false);
    }
}
