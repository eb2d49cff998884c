package org.ragbook.validate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ragbook.read.CellRef;
import org.ragbook.read.CellValue;
import org.ragbook.read.ReturnTable;
import org.ragbook.read.SheetData;
import org.ragbook.read.SheetRow;
import org.ragbook.schema.WideLayout;

/**
 * Binds a seed-paper table with areas or periods across the columns, as its schema describes it.
 * Each value column fixes the area or period it belongs to; the rest comes from the row.
 */
final class WideTable {

    private static final int ROWS_SEARCHED = 30;

    private final SheetData sheet;
    private final SheetRow header;
    private final Map<String, Integer> positions;
    private final WideLayout layout;

    private WideTable(SheetData sheet, SheetRow header, Map<String, Integer> positions, WideLayout layout) {
        this.sheet = sheet;
        this.header = header;
        this.positions = positions;
        this.layout = layout;
    }

    /** The table, when some sheet has a header row naming the indicator column and a value column. */
    static Optional<WideTable> find(ReturnTable table, WideLayout layout) {
        for (SheetData sheet : table.sheets()) {
            if (layout.sheet() != null && !layout.sheet().equalsIgnoreCase(sheet.name())
                    && table.sheets().size() > 1) {
                continue;
            }
            for (SheetRow row : sheet.rows()) {
                if (row.index() >= ROWS_SEARCHED) {
                    break;
                }
                Map<String, Integer> positions = headerPositions(row);
                boolean hasValueColumn = layout.columns().stream().anyMatch(c -> positions.containsKey(key(c.header())));
                if (positions.containsKey(key(layout.indicatorColumn())) && hasValueColumn) {
                    return Optional.of(new WideTable(sheet, row, positions, layout));
                }
            }
        }
        return Optional.empty();
    }

    Bound bind(ObservationBinder binder) {
        List<Finding> findings = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        DataRegion region = new DataRegion(sheet.name(), header.index(), header.cells().size() - 1, true);
        for (SheetRow row : sheet.rows()) {
            if (row.index() <= header.index()) {
                continue;
            }
            for (WideLayout.Column column : layout.columns()) {
                Integer valueIndex = positions.get(key(column.header()));
                if (valueIndex != null) {
                    binder.bind(cellsOf(row, column, valueIndex), findings).ifPresent(observations::add);
                }
            }
        }
        return new Bound(region, observations, findings);
    }

    private Map<LongColumn, LocatedCell> cellsOf(SheetRow row, WideLayout.Column column, int valueIndex) {
        CellRef headerRef = sheet.ref(valueIndex, header.index());
        Map<LongColumn, LocatedCell> cells = new EnumMap<>(LongColumn.class);
        cells.put(LongColumn.INDICATOR_ID, fromRow(row, layout.indicatorColumn()));
        cells.put(LongColumn.VALUE, new LocatedCell(row.cell(valueIndex), sheet.ref(valueIndex, row.index())));
        cells.put(LongColumn.TIME_PERIOD, column.period() != null
                ? new LocatedCell(new CellValue.Text(column.period()), headerRef)
                : fromRow(row, layout.periodColumn()));
        if (column.areaCode() != null) {
            cells.put(LongColumn.AREA_CODE, new LocatedCell(new CellValue.Text(column.areaCode()), headerRef));
            cells.put(LongColumn.AREA_NAME, new LocatedCell(new CellValue.Text(
                    column.areaName() != null ? column.areaName() : column.header()), headerRef));
        } else if (layout.areaColumn() != null) {
            cells.put(LongColumn.AREA_CODE, fromRow(row, layout.areaColumn()));
        }
        if (layout.sexColumn() != null) {
            cells.put(LongColumn.SEX, fromRow(row, layout.sexColumn()));
        }
        return cells;
    }

    private LocatedCell fromRow(SheetRow row, String headerText) {
        Integer index = headerText == null ? null : positions.get(key(headerText));
        if (index == null) {
            return new LocatedCell(CellValue.BLANK, sheet.ref(0, row.index()));
        }
        return new LocatedCell(row.cell(index), sheet.ref(index, row.index()));
    }

    private static Map<String, Integer> headerPositions(SheetRow row) {
        Map<String, Integer> positions = new HashMap<>();
        for (int c = 0; c < row.cells().size(); c++) {
            String text = TextCells.text(row.cell(c));
            if (text != null) {
                positions.putIfAbsent(key(text), c);
            }
        }
        return positions;
    }

    private static String key(String headerText) {
        return LongColumn.normalise(headerText);
    }
}
