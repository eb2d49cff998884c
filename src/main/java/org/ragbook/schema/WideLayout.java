package org.ragbook.schema;

import java.util.List;

/**
 * A seed-paper table with areas or periods across the columns, which a schema must describe
 * because nothing in it says so. (The long layout, the OHID Fingertips export's, needs no
 * description: it is found by its header row on whichever sheet has it.)
 *
 * @param sheet           the sheet's name, or null to look on every sheet for the header row
 * @param indicatorColumn header of the column naming the indicator (its code, id or name)
 * @param periodColumn    header of the column holding the period, or null when each value column fixes it
 * @param areaColumn      header of the column holding the area code, or null when each value column fixes it
 * @param sexColumn       header of the column holding the sex, or null for the indicator's default
 * @param columns         the value columns
 */
public record WideLayout(
        String sheet,
        String indicatorColumn,
        String periodColumn,
        String areaColumn,
        String sexColumn,
        List<Column> columns) {

    public WideLayout {
        columns = List.copyOf(columns);
    }

    /**
     * One value column: its header text and the area and/or period its values belong to. Whichever
     * of the two it leaves null comes from the row.
     */
    public record Column(String header, String areaCode, String areaName, String period) {
    }
}
