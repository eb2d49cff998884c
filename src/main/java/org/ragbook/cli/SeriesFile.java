package org.ragbook.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ragbook.RejectedReturnException;
import org.ragbook.compute.spc.SpcPoint;
import org.ragbook.read.CellRef;
import org.ragbook.read.CellValue;
import org.ragbook.read.ReturnReader;
import org.ragbook.read.SheetData;
import org.ragbook.read.SheetRow;

/**
 * A series for {@code ragbook spc}: the first sheet's columns {@code date} and {@code value}, a row a
 * period, oldest first. A cell that is not a date or a number, and a month missing from monthly
 * data, stop the run naming the cell: SPC must never bridge a gap silently.
 */
final class SeriesFile {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ofPattern("dd/MM/yyyy"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private SeriesFile() {
    }

    static List<SpcPoint> read(Path file, String fileName) {
        SheetData sheet = ReturnReader.read(file, fileName).sheets().get(0);
        if (sheet.rows().isEmpty()) {
            throw new RejectedReturnException(fileName + " is empty: write a header row 'date', 'value' and a row per"
                    + " period.");
        }
        SheetRow header = sheet.rows().get(0);
        int dateColumn = column(header, "date", sheet);
        int valueColumn = column(header, "value", sheet);
        List<SpcPoint> points = new ArrayList<>();
        List<CellRef> dateCells = new ArrayList<>();
        for (SheetRow row : sheet.rows().subList(1, sheet.rows().size())) {
            CellRef dateCell = sheet.ref(dateColumn, row.index());
            points.add(new SpcPoint(date(row.cell(dateColumn), dateCell), number(row.cell(valueColumn),
                    sheet.ref(valueColumn, row.index()))));
            dateCells.add(dateCell);
        }
        checkMonths(points, dateCells);
        return points;
    }

    private static int column(SheetRow header, String name, SheetData sheet) {
        for (int c = 0; c < header.cells().size(); c++) {
            if (header.cell(c).display().trim().equalsIgnoreCase(name)) {
                return c;
            }
        }
        throw new RejectedReturnException("The first row of sheet '" + sheet.name() + "' has no '" + name
                + "' column: write the header row 'date', 'value'.");
    }

    private static LocalDate date(CellValue cell, CellRef where) {
        if (cell instanceof CellValue.Date date) {
            return date.value().toLocalDate();
        }
        String text = cell.display().trim();
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException tryTheNext) {
                // one of the formats fits, or the message below says which to use
            }
        }
        throw new RejectedReturnException(where + ": '" + text + "' is not a date. Write dd/mm/yyyy or yyyy-mm-dd.");
    }

    private static double number(CellValue cell, CellRef where) {
        if (cell instanceof CellValue.Number number) {
            return number.value();
        }
        String text = cell.display().trim();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new RejectedReturnException(where + ": '" + text + "' is not a number.");
        }
    }

    /** Monthly data (every date on the same day of its month) must not skip a month. */
    private static void checkMonths(List<SpcPoint> points, List<CellRef> cells) {
        if (points.size() < 2 || points.stream().anyMatch(p -> p.date().getDayOfMonth()
                != points.get(0).date().getDayOfMonth())) {
            return;
        }
        for (int i = 1; i < points.size(); i++) {
            long months = ChronoUnit.MONTHS.between(points.get(i - 1).date(), points.get(i).date());
            if (months > 1) {
                throw new RejectedReturnException(cells.get(i) + ": " + (months - 1) + " month"
                        + (months == 2 ? "" : "s") + " missing before " + points.get(i).date().getMonth()
                        .toString().charAt(0) + points.get(i).date().getMonth().toString().substring(1)
                        .toLowerCase(Locale.ROOT) + " " + points.get(i).date().getYear() + ". SPC needs every"
                        + " period; add the missing ones (a value of the period, not a blank).");
            }
        }
    }
}
