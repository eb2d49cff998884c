package org.ragbook.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.SAXException;

/**
 * Which cell styles ({@code s="3"} on a cell) show a number as a date. A date in xlsx is only a
 * number with a date format, so this is decided once per style, not once per cell.
 */
final class CellStyles {

    /** A workbook without a styles part formats every number as General. */
    static final CellStyles NONE = new CellStyles(new boolean[0]);

    private final boolean[] dateStyles;

    private CellStyles(boolean[] dateStyles) {
        this.dateStyles = dateStyles;
    }

    static CellStyles read(InputStream stylesXml) throws IOException, SAXException {
        var handler = new Handler();
        SecureSax.parse(stylesXml, handler);
        boolean[] dateStyles = new boolean[handler.cellFormatIds.size()];
        for (int style = 0; style < dateStyles.length; style++) {
            int formatId = handler.cellFormatIds.get(style);
            String format = handler.customFormats.getOrDefault(formatId, BuiltinFormats.getBuiltinFormat(formatId));
            dateStyles[style] = DateUtil.isADateFormat(formatId, format);
        }
        return new CellStyles(dateStyles);
    }

    boolean isDate(int style) {
        return style >= 0 && style < dateStyles.length && dateStyles[style];
    }

    /** Reads the custom number formats and, in order, the number format of each cell style. */
    private static final class Handler extends DefaultHandler {
        private final Map<Integer, String> customFormats = new HashMap<>();
        private final List<Integer> cellFormatIds = new ArrayList<>();
        private boolean inNumFmts;
        private boolean inCellXfs;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (localName) {
                case "numFmts" -> inNumFmts = true;
                case "cellXfs" -> inCellXfs = true;
                case "numFmt" -> {
                    if (inNumFmts) {
                        customFormats.put(formatId(attributes), attributes.getValue("formatCode"));
                    }
                }
                case "xf" -> {
                    if (inCellXfs) {
                        cellFormatIds.add(formatId(attributes));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "numFmts" -> inNumFmts = false;
                case "cellXfs" -> inCellXfs = false;
                default -> {
                }
            }
        }

        private static int formatId(Attributes attributes) throws SAXException {
            String id = attributes.getValue("numFmtId");
            try {
                return id == null ? 0 : Integer.parseInt(id);
            } catch (NumberFormatException e) {
                throw new SAXException("the styles part has a number format id that is not a number: " + id);
            }
        }
    }
}
