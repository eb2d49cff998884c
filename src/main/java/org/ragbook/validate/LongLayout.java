package org.ragbook.validate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ragbook.read.SheetRow;

/** Binds the rows under a long-layout header row, one observation per row. */
final class LongLayout {

    private LongLayout() {
    }

    static Bound bind(HeaderRow header, ObservationBinder binder) {
        List<Finding> findings = new ArrayList<>();
        String sheet = header.sheet().name();
        List<LongColumn> missing = new ArrayList<>();
        for (LongColumn column : LongColumn.values()) {
            if (column.required() && !header.columns().containsKey(column)) {
                missing.add(column);
            }
        }
        DataRegion region = new DataRegion(sheet, header.row().index(), header.lastColumn(), false);
        if (!missing.isEmpty()) {
            findings.add(Rule.MISSING_COLUMN.error(header.sheet().ref(0, header.row().index()),
                    "The header row on sheet '" + sheet + "' (row " + (header.row().index() + 1) + ") has no "
                            + quoted(missing) + " column. The long layout needs Indicator ID, Area Code, Time period"
                            + " and Value; download the schema's template to see every column."));
            return new Bound(region, List.of(), findings);
        }
        List<Observation> observations = new ArrayList<>();
        for (SheetRow row : header.sheet().rows()) {
            if (row.index() <= header.row().index()) {
                continue;
            }
            Map<LongColumn, LocatedCell> cells = new EnumMap<>(LongColumn.class);
            header.columns().forEach((column, index) ->
                    cells.put(column, new LocatedCell(row.cell(index), header.sheet().ref(index, row.index()))));
            binder.bind(cells, findings).ifPresent(observations::add);
        }
        return new Bound(region, observations, findings);
    }

    private static String quoted(List<LongColumn> columns) {
        return String.join(" or ", columns.stream().map(c -> "'" + c.header() + "'").toList());
    }
}
