package org.ragbook.validate;

import org.ragbook.read.CellRef;
import org.ragbook.read.CellValue;

/**
 * A cell's value together with where it is, the unit every binding rule works on.
 *
 * @param header the column's name as findings should give it, or null for the layout's own name
 *               (a Fingertips upload-layout cell is named as that layout names it, LowerCI95)
 */
record LocatedCell(CellValue value, CellRef ref, String header) {

    LocatedCell(CellValue value, CellRef ref) {
        this(value, ref, null);
    }
}
