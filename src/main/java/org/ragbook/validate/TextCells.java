package org.ragbook.validate;

import org.ragbook.read.CellValue;

/** Reads a cell that names something (a code, an area, a period) as trimmed text. */
final class TextCells {

    private TextCells() {
    }

    /** The cell's text, with whole numbers written without a decimal point; null when blank. */
    static String text(CellValue cell) {
        if (cell instanceof CellValue.Blank) {
            return null;
        }
        String text = cell.display().trim();
        return text.isEmpty() ? null : text;
    }
}
