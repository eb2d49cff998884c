package org.ragbook.schema;

import java.util.List;

/**
 * How a return lays out its observations. The long layout is the OHID Fingertips export's (one
 * row per observation, found by its header row on any sheet); a wide layout is a seed-paper table
 * with areas or periods across the columns, which its schema must describe.
 */
public sealed interface Layout {

    Layout LONG = new Long();

    record Long() implements Layout {
    }

    /**
     * A table whose header row holds {@code indicatorColumn}, optionally {@code periodColumn} /
     * {@code areaColumn} / {@code sexColumn}, and one value column per entry of {@code columns}.
     */
    record Wide(
            String sheet,
            String indicatorColumn,
            String periodColumn,
            String areaColumn,
            String sexColumn,
            List<WideColumn> columns) implements Layout {

        public Wide {
            columns = List.copyOf(columns);
        }
    }

    /**
     * One value column of a wide table: its header text and the area (and/or period) its values
     * belong to. Whichever of area or period it does not fix comes from the row.
     */
    record WideColumn(String header, String areaCode, String areaName, String period) {
    }
}
