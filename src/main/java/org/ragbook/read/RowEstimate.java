package org.ragbook.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * How many rows a return holds, found without reading it: a workbook's sheets each declare their
 * used range ({@code <dimension ref="A1:Q100001"/>}) before their rows, and a CSV has a row a line.
 * It decides whether a return is worked on while the uploader waits or in the background, and is
 * the "total" a progress bar counts towards.
 */
public final class RowEstimate {

    private RowEstimate() {
    }

    /** The estimate, or 0 when the file does not say (the full read then explains what is wrong with it). */
    public static long of(Path file) {
        try {
            return switch (FileKind.sniff(file)) {
                case ZIP -> workbookRows(file);
                case TEXT -> lines(file);
                default -> 0;
            };
        } catch (IOException | RuntimeException | OpenXML4JException e) {
            // Only an estimate: the read proper refuses a broken file with a message that says why.
            return 0;
        }
    }

    private static long workbookRows(Path file) throws IOException, OpenXML4JException {
        long rows = 0;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = new XSSFReader(pkg).getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream xml = sheets.next()) {
                    rows += declaredRows(xml);
                }
            }
        }
        return rows;
    }

    /** The last row of the sheet's declared range; parsing stops there, before the rows themselves. */
    private static long declaredRows(InputStream xml) throws IOException {
        DimensionHandler handler = new DimensionHandler();
        try {
            SecureSax.parse(xml, handler);
        } catch (SAXException stopped) {
            // thrown on purpose once the range (or the rows without one) is reached
        }
        return handler.lastRow;
    }

    private static long lines(Path file) throws IOException {
        long lines = 0;
        int last = '\n';
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[n - 1];
            }
        }
        return last == '\n' ? lines : lines + 1;
    }

    private static final class DimensionHandler extends DefaultHandler {

        private long lastRow;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (localName.equals("dimension")) {
                lastRow = lastRowOf(attributes.getValue("ref"));
                throw new SAXException("range found");
            }
            if (localName.equals("sheetData")) {
                throw new SAXException("no range declared");
            }
        }

        /** "A1:Q100001" → 100001; "A1" (a single cell) → 1. */
        private static long lastRowOf(String ref) {
            if (ref == null) {
                return 0;
            }
            String last = ref.substring(ref.indexOf(':') + 1);
            String digits = last.replaceAll("[^0-9]", "");
            return digits.isEmpty() ? 0 : Long.parseLong(digits);
        }
    }
}
