package org.ragbook.validate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoublePredicate;
import org.ragbook.read.CellValue;
import org.ragbook.read.ReturnTable;
import org.ragbook.read.SheetData;
import org.ragbook.read.SheetRow;
import org.ragbook.schema.CiMethod;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.Sex;

/**
 * Reads the age-band sheet a schema names: one row per indicator, area, sex, period and age band,
 * with the band's events and population, from which directly standardised rates are computed.
 * Every unusable cell is a finding at that cell.
 */
final class AgeBandSheet {

    private static final int ROWS_SEARCHED = 30;

    private final ReturnSchema schema;
    private final SheetData sheet;
    private final List<Finding> findings;

    private AgeBandSheet(ReturnSchema schema, SheetData sheet, List<Finding> findings) {
        this.schema = schema;
        this.sheet = sheet;
        this.findings = findings;
    }

    /** The sheet named {@code name}, matched ignoring case and spacing as headers are. */
    static Optional<SheetData> find(ReturnTable table, String name) {
        return name == null ? Optional.empty() : table.sheets().stream()
                .filter(s -> LongColumn.normalise(s.name()).equals(LongColumn.normalise(name))).findFirst();
    }

    static AgeBands read(ReturnTable table, ReturnSchema schema, List<Finding> findings) {
        Optional<SheetData> sheet = find(table, schema.ageBandSheet());
        AgeBands bands = new AgeBands(schema.ageBandSheet() != null && sheet.isEmpty());
        sheet.ifPresent(s -> new AgeBandSheet(schema, s, findings).readInto(bands));
        return bands;
    }

    private void readInto(AgeBands bands) {
        Optional<SheetRow> header = sheet.rows().stream().limit(ROWS_SEARCHED)
                .filter(row -> HeaderRow.columnsOf(row, AgeBandColumn.class, AgeBandColumn::matches)
                        .containsKey(AgeBandColumn.AGE_BAND)).findFirst();
        Map<AgeBandColumn, Integer> columns = header.map(row -> HeaderRow.columnsOf(row, AgeBandColumn.class, AgeBandColumn::matches)).orElse(Map.of());
        List<String> missing = new ArrayList<>();
        for (AgeBandColumn column : AgeBandColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                missing.add("'" + column.header() + "'");
            }
        }
        if (!missing.isEmpty()) {
            int row = header.map(SheetRow::index).orElse(0);
            findings.add(Rule.MISSING_COLUMN.error(sheet.ref(0, row), "The age-band sheet '" + sheet.name()
                    + "' has no " + String.join(" or ", missing) + " column. Its header row needs Indicator ID,"
                    + " Area Code, Sex, Time period, Age band, Count and Population; the schema's template has it."));
            return;
        }
        for (SheetRow row : sheet.rows()) {
            if (row.index() > header.get().index()) {
                Map<AgeBandColumn, LocatedCell> cells = new EnumMap<>(AgeBandColumn.class);
                columns.forEach((column, index) ->
                        cells.put(column, new LocatedCell(row.cell(index), sheet.ref(index, row.index()))));
                readRow(cells, bands);
            }
        }
    }

    private void readRow(Map<AgeBandColumn, LocatedCell> cells, AgeBands bands) {
        LocatedCell indicatorCell = cells.get(AgeBandColumn.INDICATOR_ID);
        String indicatorText = TextCells.text(indicatorCell.value());
        if (indicatorText == null) {
            return;
        }
        Optional<Indicator> indicator = schema.indicator(indicatorText)
                .filter(i -> i.ciMethod() == CiMethod.DOBSON);
        if (indicator.isEmpty()) {
            findings.add(Rule.UNKNOWN_INDICATOR.error(indicatorCell.ref(), "'" + indicatorText + "' is not a"
                    + " directly standardised rate of the " + schema.id() + " schema, so it has no age bands. Use the"
                    + " code of an indicator whose rate is standardised by age (the template's Instructions list them)."));
            return;
        }
        int before = findings.size();
        String areaCode = TextCells.text(cells.get(AgeBandColumn.AREA_CODE).value());
        Sex sex = SexCells.read(cells.get(AgeBandColumn.SEX), indicatorCell.ref(), indicator.get(), findings);
        LocatedCell periodCell = cells.get(AgeBandColumn.TIME_PERIOD);
        String period = PeriodCells.read(periodCell.value(), periodCell.ref(), indicator.get(), findings);
        AgeBands.Key key = new AgeBands.Key(indicator.get(), areaCode == null ? schema.areaCode() : areaCode, sex,
                period);
        Optional<AgeRange> range = range(cells.get(AgeBandColumn.AGE_BAND));
        Double count = figure(cells, AgeBandColumn.COUNT, Rule.AGE_BAND_COUNT, v -> v >= 0,
                "a count of 0 or more (write 0 for a band with no events)");
        Double population = figure(cells, AgeBandColumn.POPULATION, Rule.AGE_BAND_POPULATION, v -> v > 0,
                "a population greater than 0 (a band's rate is undefined without one)");
        if (findings.subList(before, findings.size()).stream().anyMatch(Finding::isError)) {
            bands.breakGroup(key);
            return;
        }
        LocatedCell label = cells.get(AgeBandColumn.AGE_BAND);
        AgeBandCount earlier = bands.add(key, new AgeBandCount(range.get(), count, population, label.ref()));
        if (earlier != null) {
            bands.breakGroup(key);
            findings.add(Rule.DUPLICATE_AGE_BAND.error(label.ref(), "The age band " + range.get() + " of "
                    + key.describe() + " is already given at " + earlier.cell().address() + ". Remove one of the"
                    + " two rows."));
        }
    }

    private Optional<AgeRange> range(LocatedCell cell) {
        if (cell.value() instanceof CellValue.Date date) {
            findings.add(Rule.UNKNOWN_AGE_BAND.error(cell.ref(), "Excel has turned this age band into the date "
                    + date.display() + ". Format the Age band column as Text and type the band again, such as 5-9."));
            return Optional.empty();
        }
        String text = TextCells.text(cell.value());
        Optional<AgeRange> range = text == null ? Optional.empty() : AgeBandLabel.parse(text);
        if (range.isEmpty()) {
            findings.add(Rule.UNKNOWN_AGE_BAND.error(cell.ref(), (text == null ? "The age band is blank."
                    : "'" + text + "' is not one of the age bands rates are standardised by.") + " Write one of "
                    + AgeBandLabel.EXPECTED + " (the five-year bands of the 2013 European Standard Population)."));
        }
        return range;
    }

    /** The number in the column's cell when it is acceptable; otherwise null and a finding. */
    private Double figure(Map<AgeBandColumn, LocatedCell> cells, AgeBandColumn column, Rule rule,
            DoublePredicate acceptable, String wanted) {
        LocatedCell cell = cells.get(column);
        int before = findings.size();
        Double value = NumberCells.read(cell.value(), cell.ref(), column.header(), findings);
        if (findings.size() > before) {
            return null;
        }
        if (value == null || !acceptable.test(value)) {
            findings.add(rule.error(cell.ref(), "Each age band needs " + wanted + "; this cell "
                    + (value == null ? "is blank." : "holds " + ObservationBinder.format(value) + ".")));
            return null;
        }
        return value;
    }
}
