package org.ragbook.read;

import java.io.IOException;
import java.io.InputStream;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What the workbook part says that a return's reading needs: the 1904 date system, which changes
 * cell values, and the stamp of the template the return was made from.
 *
 * @param template the template's stamp, or null when the workbook has none
 */
record WorkbookSettings(boolean date1904, TemplateStamp template) {

    /** A workbook without its workbook part's settings: 1900 dates, no stamp. */
    static final WorkbookSettings NONE = new WorkbookSettings(false, null);

    static WorkbookSettings read(InputStream workbookXml) throws IOException, SAXException {
        var handler = new Handler();
        SecureSax.parse(workbookXml, handler);
        return new WorkbookSettings(handler.date1904, handler.template);
    }

    private static final class Handler extends DefaultHandler {
        private boolean date1904;
        private TemplateStamp template;
        /** The text of the stamp's defined name while it is being read, else null. */
        private StringBuilder stamp;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (localName.equals("workbookPr")) {
                // workbooks first saved by Excel for Mac before 2011 count dates from 1904, not 1900
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equals(value);
            } else if (localName.equals("definedName") && TemplateStamp.NAME.equalsIgnoreCase(attributes.getValue("name"))
                    && attributes.getValue("localSheetId") == null) {
                stamp = new StringBuilder();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (stamp != null) {
                stamp.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (stamp != null && localName.equals("definedName")) {
                template = TemplateStamp.parse(stamp.toString()).orElse(null);
                stamp = null;
            }
        }
    }
}
