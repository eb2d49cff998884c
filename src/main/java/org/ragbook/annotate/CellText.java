package org.ragbook.annotate;

/**
 * Excel's limit on the text of one cell. A longer text (a CSV field, a message quoting one) makes
 * POI throw and Excel "repair" the file, so it is cut to fit.
 */
final class CellText {

    static final int MAX_LENGTH = 32_767;

    private CellText() {
    }

    static String fit(String text) {
        if (text == null || text.length() <= MAX_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return text.substring(0, end);
    }
}
