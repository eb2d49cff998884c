package org.ragbook.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The least any xlsx annotator must do, measured with the JDK alone: inflate and SAX-parse every
 * sheet's XML doing nothing with the cells, then write the same number of cells as plain sheet XML
 * into a zip. Ragbook's figures are read against this floor.
 */
final class Floor {

    private Floor() {
    }

    /** Parses every worksheet part; returns the number of cell elements seen. */
    static long parse(Path xlsx) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        long[] cells = {0};
        DefaultHandler counter = new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes a) {
                if (localName.equals("c")) {
                    cells[0]++;
                }
            }
        };
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        factory.newSAXParser().parse(in, counter);
                    }
                }
            }
        }
        return cells[0];
    }

    /** Writes rows × columns numeric and text cells as sheet XML into a one-entry zip. */
    static void write(int rows, int columns, Path out) throws IOException {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(1);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int r = 1; r <= rows; r++) {
                w.write("<row r=\"" + r + "\">");
                for (int c = 0; c < columns; c++) {
                    if (c % 2 == 0) {
                        w.write("<c t=\"inlineStr\"><is><t>E06000" + r + "</t></is></c>");
                    } else {
                        w.write("<c><v>" + (r * 0.37 + c) + "</v></c>");
                    }
                }
                w.write("</row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
    }
}
