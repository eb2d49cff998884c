package org.ragbook.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.util.RecordFormatException;

/**
 * Reads an uploaded return, .xlsx or CSV, into a {@link ReturnTable}. The name says what the
 * analyst meant to send; the bytes say what arrived, and they win: a workbook named .csv is read
 * as a workbook, and anything unreadable is refused with one sentence saying what to do.
 */
public final class ReturnReader {

    private ReturnReader() {
    }

    /**
     * @param file     the uploaded bytes
     * @param fileName the name the analyst gave the file, used for its format and, for CSV, the sheet name
     * @throws UnreadableReturnException when the file is not a workbook or CSV Ragbook can read
     */
    public static ReturnTable read(Path file, String fileName) {
        return read(file, fileName, ReadProgress.NONE);
    }

    /** As {@link #read(Path, String)}, telling {@code progress} how many rows have been read as it goes. */
    public static ReturnTable read(Path file, String fileName, ReadProgress progress) {
        RowTally tally = new RowTally(progress);
        ReturnTable table = readWith(file, fileName, tally);
        tally.finished();
        return table;
    }

    private static ReturnTable readWith(Path file, String fileName, RowTally tally) {
        FileKind kind;
        try {
            kind = FileKind.sniff(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the stored upload " + fileName, e);
        }
        try {
            return switch (kind) {
                case EMPTY -> throw Unreadable.empty();
                case OLE2 -> throw Ole2File.explain(file);
                case TRUNCATED_ZIP -> throw Unreadable.damaged("the end of the zip archive is missing", null);
                case ZIP -> XlsxReader.read(file, fileName, tally);
                case TEXT -> readText(file, fileName, tally);
                case BINARY -> throw Unreadable.notAWorkbook();
            };
        } catch (IOException | OpenXML4JException | POIXMLException | OpenXML4JRuntimeException
                 | RecordFormatException e) {
            throw isZipBomb(e) ? Unreadable.zipBomb(e) : Unreadable.damagedPart(e);
        }
    }

    private static ReturnTable readText(Path file, String fileName, RowTally tally) throws IOException {
        if (SourceFormat.ofFileName(fileName) == SourceFormat.XLSX) {
            String namedAs = extension(fileName).isEmpty() ? "\"" + fileName + "\"" : extension(fileName);
            throw startsWithMarkup(file) ? Unreadable.markupNamedAsWorkbook(namedAs) : Unreadable.renamedCsv(namedAs);
        }
        SheetData sheet = CsvReader.read(file, baseName(fileName), tally);
        return new ReturnTable(fileName, SourceFormat.CSV, List.of(sheet));
    }

    private static boolean startsWithMarkup(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            int c;
            do {
                c = reader.read();
            } while (c == 0xEF || c == 0xBB || c == 0xBF || (c >= 0 && Character.isWhitespace(c)));
            return c == '<';
        }
    }

    /** POI reports a zip bomb only as an IOException whose message says so, sometimes wrapped. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static String withoutFolders(String fileName) {
        return fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    }

    private static String extension(String fileName) {
        String name = withoutFolders(fileName);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** Browsers on Windows may send a whole path; the sheet is named after the file alone. */
    private static String baseName(String fileName) {
        String name = withoutFolders(fileName);
        int dot = name.lastIndexOf('.');
        String base = dot <= 0 ? name : name.substring(0, dot);
        return base.isBlank() ? "Sheet1" : base;
    }
}
