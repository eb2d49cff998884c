package org.ragbook.read;

import java.io.IOException;
import java.io.InputStream;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads the one workbook-wide setting that changes cell values: the 1904 date system. */
final class WorkbookSettings {

    private WorkbookSettings() {
    }

    /** Workbooks first saved by Excel for Mac before 2011 count dates from 1904, not 1900. */
    static boolean usesDate1904(InputStream workbookXml) throws IOException, SAXException {
        var handler = new Handler();
        SecureSax.parse(workbookXml, handler);
        return handler.date1904;
    }

    private static final class Handler extends DefaultHandler {
        private boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (localName.equals("workbookPr")) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equals(value);
            }
        }
    }
}
