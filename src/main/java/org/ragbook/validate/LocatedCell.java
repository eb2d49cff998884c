package org.ragbook.validate;

import org.ragbook.read.CellRef;
import org.ragbook.read.CellValue;

/** A cell's value together with where it is, the unit every binding rule works on. */
record LocatedCell(CellValue value, CellRef ref) {
}
