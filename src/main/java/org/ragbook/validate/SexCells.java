package org.ragbook.validate;

import java.util.List;
import java.util.Optional;
import org.ragbook.read.CellRef;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.Sex;

/** Reads a Sex cell: a blank means the indicator's own sex, and an indicator published by sex needs it said. */
final class SexCells {

    private SexCells() {
    }

    /**
     * @param cell  the Sex cell, or null when the table has no Sex column
     * @param where the cell a finding points at when there is no Sex cell
     * @return the sex, or null with a finding when it is unknown or missing
     */
    static Sex read(LocatedCell cell, CellRef where, Indicator indicator, List<Finding> findings) {
        String text = cell == null ? null : TextCells.text(cell.value());
        if (text == null) {
            if (indicator.sex() == null) {
                findings.add(Rule.UNKNOWN_SEX.error(cell == null ? where : cell.ref(), indicator.code()
                        + " is published separately for males and females: write Male or Female in 'Sex'."));
            }
            return indicator.sex();
        }
        Optional<Sex> sex = Sex.parse(text);
        if (sex.isEmpty()) {
            findings.add(Rule.UNKNOWN_SEX.error(cell.ref(), "Sex '" + text + "' is not recognised. Write Persons, Male"
                    + " or Female (or P, M, F)."));
            return null;
        }
        return sex.get();
    }
}
