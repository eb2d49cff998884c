package org.ragbook.validate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ragbook.read.CellRef;
import org.ragbook.read.CellValue;
import org.ragbook.read.SheetRow;

/**
 * Binds the rows of a Fingertips upload-layout return (the PHOLIO template). Its conventions are the
 * upload service's: -1 and an empty cell both mean "no value" in every numeric column, ages, sexes
 * and value notes are Fingertips ids, and the period is written as Year, YearRange, Quarter and
 * Month. Each row is read into the long layout's cells (ids as Fingertips' labels, the period as
 * Fingertips shows it) so that one binder applies every other rule to both layouts.
 */
final class UploadLayout {

    private static final Map<Integer, String> SEXES = Map.of(1, "Male", 2, "Female", 4, "Persons");
    private static final Map<UploadColumn, LongColumn> FIGURES = Map.of(
            UploadColumn.VALUE, LongColumn.VALUE,
            UploadColumn.LOWER_CI_95, LongColumn.LOWER_CI_95,
            UploadColumn.UPPER_CI_95, LongColumn.UPPER_CI_95,
            UploadColumn.LOWER_CI_998, LongColumn.LOWER_CI_998,
            UploadColumn.UPPER_CI_998, LongColumn.UPPER_CI_998,
            UploadColumn.COUNT, LongColumn.COUNT,
            UploadColumn.DENOMINATOR, LongColumn.DENOMINATOR);

    private final UploadHeader header;
    private final ObservationBinder binder;

    private UploadLayout(UploadHeader header, ObservationBinder binder) {
        this.header = header;
        this.binder = binder;
    }

    static Bound bind(UploadHeader header, ObservationBinder binder) {
        return new UploadLayout(header, binder).bind();
    }

    private Bound bind() {
        List<Finding> findings = new ArrayList<>();
        String sheet = header.sheet().name();
        DataRegion region = new DataRegion(sheet, header.row().index(), header.lastColumn(), false);
        List<UploadColumn> missing = header.missing();
        if (!missing.isEmpty()) {
            findings.add(Rule.MISSING_COLUMN.error(header.sheet().ref(0, header.row().index()), "The Fingertips"
                    + " upload header on sheet '" + sheet + "' (row " + (header.row().index() + 1) + ") has no "
                    + String.join(", ", missing.stream().map(UploadColumn::header).toList()) + " column"
                    + (missing.size() > 1 ? "s" : "") + ". The upload layout needs every column of the PHOLIO"
                    + " template but LowerCI99_8, UpperCI99_8, Denominator_2, CategoryTypeId and CategoryId."));
            return new Bound(region, List.of(), findings);
        }
        List<Observation> observations = new ArrayList<>();
        for (SheetRow row : header.sheet().rows()) {
            if (row.index() > header.row().index()) {
                bindRow(row, findings).ifPresent(observations::add);
            }
        }
        return new Bound(region, observations, findings);
    }

    private Optional<Observation> bindRow(SheetRow row, List<Finding> findings) {
        String indicator = TextCells.text(cell(row, UploadColumn.INDICATOR_ID).value());
        if (indicator == null) {
            return Optional.empty(); // a blank row below the data, or one left with only formatting
        }
        int before = findings.size();
        Integer year = id(row, UploadColumn.YEAR, findings);
        Integer yearRange = id(row, UploadColumn.YEAR_RANGE, findings);
        Integer quarter = id(row, UploadColumn.QUARTER, findings);
        Integer month = id(row, UploadColumn.MONTH, findings);
        Integer ageId = id(row, UploadColumn.AGE_ID, findings);
        Integer sexId = id(row, UploadColumn.SEX_ID, findings);
        Integer valueNoteId = id(row, UploadColumn.VALUE_NOTE_ID, findings);
        Integer categoryTypeId = id(row, UploadColumn.CATEGORY_TYPE_ID, findings);
        Integer categoryId = id(row, UploadColumn.CATEGORY_ID, findings);
        requirePeriod(row, year, yearRange, quarter, month, findings);
        if (sexId != null && !SEXES.containsKey(sexId)) {
            findings.add(Rule.UNKNOWN_SEX.error(cell(row, UploadColumn.SEX_ID).ref(), "SexId " + sexId + " is not one"
                    + " of Fingertips' sexes: 1 Male, 2 Female, 4 Persons."));
        }
        if (findings.subList(before, findings.size()).stream().anyMatch(Finding::isError)) {
            return Optional.empty();
        }
        String age = ageId == null ? null : label(FingertipsTable.AGES, ageId, "Age ", Rule.UNKNOWN_AGE_ID,
                cell(row, UploadColumn.AGE_ID).ref(), findings);
        String note = valueNoteId == null || valueNoteId == 0 ? null : label(FingertipsTable.VALUE_NOTES, valueNoteId,
                "Value note ", Rule.UNKNOWN_VALUE_NOTE, cell(row, UploadColumn.VALUE_NOTE_ID).ref(), findings);
        String period = new UploadPeriod(year, yearRange, quarter, month).label(binder.periodFormatOf(indicator, age));
        String areaCode = TextCells.text(cell(row, UploadColumn.AREA_CODE).value());

        Map<LongColumn, LocatedCell> cells = new EnumMap<>(LongColumn.class);
        cells.put(LongColumn.INDICATOR_ID, text(indicator, cell(row, UploadColumn.INDICATOR_ID)));
        cells.put(LongColumn.AREA_CODE, cell(row, UploadColumn.AREA_CODE));
        cells.put(LongColumn.TIME_PERIOD, text(period, cell(row, UploadColumn.YEAR)));
        cells.put(LongColumn.SEX, text(sexId == null ? null : SEXES.get(sexId), cell(row, UploadColumn.SEX_ID)));
        cells.put(LongColumn.AGE, text(age, cell(row, UploadColumn.AGE_ID)));
        cells.put(LongColumn.VALUE_NOTE, text(note, cell(row, UploadColumn.VALUE_NOTE_ID)));
        FIGURES.forEach((upload, column) -> {
            if (header.columns().containsKey(upload)) {
                cells.put(column, figure(cell(row, upload)));
            }
        });
        UploadKey key = new UploadKey(indicator, year, yearRange, orNone(quarter), orNone(month), orNone(ageId),
                orNone(sexId), areaCode, orNone(categoryTypeId), orNone(categoryId));
        return binder.bind(cells, findings, key);
    }

    /** The upload service refuses a row without a year or a year range (1 to 10 years); so does Ragbook. */
    private void requirePeriod(SheetRow row, Integer year, Integer yearRange, Integer quarter, Integer month,
            List<Finding> findings) {
        if (year == null || year < 1900 || year > 2100) {
            findings.add(Rule.PERIOD_FORMAT.error(cell(row, UploadColumn.YEAR).ref(), "Year must be the four-digit"
                    + " year the period starts in (2019 for 2019/20)."));
        }
        if (yearRange == null || yearRange < 1 || yearRange > 10) {
            findings.add(Rule.PERIOD_FORMAT.error(cell(row, UploadColumn.YEAR_RANGE).ref(), "YearRange must be the"
                    + " number of years the period covers, 1 to 10 (3 for 2017 - 19)."));
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            findings.add(Rule.PERIOD_FORMAT.error(cell(row, UploadColumn.QUARTER).ref(), "Quarter must be 1 to 4, or"
                    + " -1 (or empty) when the period is not a quarter."));
        }
        if (month != null && (month < 1 || month > 12)) {
            findings.add(Rule.PERIOD_FORMAT.error(cell(row, UploadColumn.MONTH).ref(), "Month must be 1 to 12, or -1"
                    + " (or empty) when the period is not a month."));
        }
    }

    /** A whole-number id cell: null for -1 or empty; an error (and null) for text, an Excel error or a fraction. */
    private Integer id(SheetRow row, UploadColumn column, List<Finding> findings) {
        if (!header.columns().containsKey(column)) {
            return null;
        }
        LocatedCell cell = cell(row, column);
        Double number = NumberCells.read(cell.value(), cell.ref(), column.header(), findings);
        if (number == null || number == UploadKey.NONE) {
            return null;
        }
        if (number != Math.rint(number)) {
            findings.add(Rule.VALUE_NOT_NUMBER.error(cell.ref(), "'" + column.header() + "' holds "
                    + ObservationBinder.format(number) + ", but it is an id or a count of years: a whole number."));
            return null;
        }
        return number.intValue();
    }

    private static String label(FingertipsTable table, int id, String unknownPrefix, Rule unknown, CellRef ref,
            List<Finding> findings) {
        return table.label(id).orElseGet(() -> {
            findings.add(unknown.warning(ref, unknownPrefix.trim() + " id " + id + " is not in the Fingertips table"
                    + " Ragbook holds (" + table.resource() + "); it is shown as '" + unknownPrefix + id + "'. Check the"
                    + " id against Fingertips' own list."));
            return unknownPrefix + id;
        });
    }

    /** -1 is Fingertips' "no value" in every numeric column: never a limit or a count of -1. */
    private static LocatedCell figure(LocatedCell cell) {
        boolean none = cell.value() instanceof CellValue.Number n && n.value() == UploadKey.NONE;
        return none ? new LocatedCell(CellValue.BLANK, cell.ref(), cell.header()) : cell;
    }

    private static LocatedCell text(String text, LocatedCell where) {
        return new LocatedCell(text == null ? CellValue.BLANK : new CellValue.Text(text), where.ref(), where.header());
    }

    private static int orNone(Integer id) {
        return id == null ? UploadKey.NONE : id;
    }

    private LocatedCell cell(SheetRow row, UploadColumn column) {
        Integer index = header.columns().get(column);
        int c = index == null ? 0 : index;
        return new LocatedCell(row.cell(c), header.sheet().ref(c, row.index()), column.header());
    }
}
