package org.ragbook.validate;

import org.ragbook.read.CellRef;

/**
 * One problem found in a return, at the cell it is about, in words an analyst can act on.
 *
 * @param rule a stable kebab-case id ({@code value-not-number}) that documentation and tests use
 * @param cell the cell concerned, or null when the finding is about the whole file or a sheet
 * @param sheet the sheet concerned (the cell's sheet when there is a cell), or null for the file
 */
public record Finding(Severity severity, String rule, String sheet, CellRef cell, String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
