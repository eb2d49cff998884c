package org.ragbook.pack;

import java.util.List;

/**
 * One row of the Indicators sheet: an indicator with its sex and age split, and each column's cell.
 *
 * @param cells one a column of the sheet, in the columns' order
 */
public record IndicatorLine(String indicator, String name, String sex, String age, List<PackCell> cells) {

    public IndicatorLine {
        cells = List.copyOf(cells);
    }
}
