package org.ragbook.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared-string table ({@code xl/sharedStrings.xml}) as ready-made cell values, so
 * every cell that points at the same string shares one {@link CellValue.Text}.
 */
final class SharedStrings {

    private SharedStrings() {
    }

    /** Each item's rich-text runs are joined; phonetic guides (East Asian readings) are not content. */
    static CellValue[] read(InputStream xml) throws IOException, SAXException {
        var handler = new Handler();
        SecureSax.parse(xml, handler);
        return handler.strings.toArray(CellValue[]::new);
    }

    private static final class Handler extends DefaultHandler {
        private final List<CellValue> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private int phoneticDepth;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> text.setLength(0);
                case "t" -> inText = phoneticDepth == 0;
                case "rPh" -> phoneticDepth++;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> strings.add(CellValues.text(text));
                case "t" -> inText = false;
                case "rPh" -> phoneticDepth--;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }
    }
}
