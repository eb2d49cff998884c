package org.ragbook.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV return as one sheet. Excel saves CSV as UTF-8 (with a byte-order mark) or in the
 * Windows code page, and with semicolons where the decimal separator is a comma; all are accepted.
 * Positions count records the way Excel would lay them out, so {@code Data!C5} matches what the
 * analyst sees on opening the file.
 */
final class CsvReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvReader() {
    }

    static SheetData read(Path file, String sheetName, RowTally tally) throws IOException {
        String text = decode(Files.readAllBytes(file));
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                // like Excel, read "Hart"lepool as Hartlepool rather than refuse the file
                .setTrailingData(true)
                .get();
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, parser)) {
                CSVRecord record = records.next();
                List<CellValue> cells = cells(record);
                if (!cells.isEmpty()) {
                    rows.add(new SheetRow((int) record.getRecordNumber() - 1, cells));
                }
                tally.row();
            }
        }
        return new SheetData(sheetName, rows);
    }

    /** The parser reads a record ahead; the only way that fails on text is a quote never closed. */
    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw Unreadable.unclosedCsvQuote(parser.getRecordNumber() + 1, e);
        }
    }

    /** UTF-8 if the bytes are valid UTF-8 (they almost never are by accident), else Windows-1252. */
    private static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** Excel in locales with a decimal comma writes semicolons between fields. */
    private static char delimiter(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        String header = text.substring(0, end);
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }

    /** The record's values with trailing empty fields dropped; empty when the whole record is empty. */
    private static List<CellValue> cells(CSVRecord record) {
        List<CellValue> cells = new ArrayList<>(record.size());
        int lastFilled = -1;
        for (String field : record) {
            CellValue value = value(field);
            cells.add(value);
            if (value != CellValue.BLANK) {
                lastFilled = cells.size() - 1;
            }
        }
        return cells.subList(0, lastFilled + 1);
    }

    /** Numbers must be plain decimals: {@code 12,3%} or {@code 1,560.7} stay text for validation to explain. */
    private static CellValue value(String field) {
        double number = Decimals.parse(field.strip());
        return Double.isNaN(number) ? CellValues.text(field) : new CellValue.Number(number);
    }
}
