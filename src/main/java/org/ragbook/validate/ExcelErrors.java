package org.ragbook.validate;

import java.util.Map;
import org.ragbook.read.CellRef;
import org.ragbook.read.CellValue;

/** Explains Excel's error values, which analysts meet when a formula breaks after rows move. */
final class ExcelErrors {

    private static final Map<String, String> MEANINGS = Map.of(
            "#DIV/0!", "a formula divides by zero (often an empty denominator)",
            "#REF!", "a formula refers to cells that were deleted",
            "#N/A", "a lookup found no match",
            "#VALUE!", "a formula was given text where it needs a number",
            "#NAME?", "a formula uses a name or function Excel does not know",
            "#NUM!", "a formula produced an impossible number",
            "#NULL!", "a formula's ranges do not intersect");

    private ExcelErrors() {
    }

    static Finding finding(CellValue.Error error, CellRef ref, String column) {
        String meaning = MEANINGS.getOrDefault(error.code(), "the formula in this cell failed");
        return Rule.EXCEL_ERROR.error(ref, "'" + column + "' shows the Excel error " + error.code() + ": " + meaning
                + ". Fix the formula or enter the value.");
    }
}
