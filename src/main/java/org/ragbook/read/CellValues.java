package org.ragbook.read;

/** Text as a cell value, the same way whichever part of a workbook or CSV file it came from. */
final class CellValues {

    private CellValues() {
    }

    /** Empty text is a blank cell: Excel shows {@code =""} and an empty CSV field as nothing. */
    static CellValue text(CharSequence chars) {
        if (chars.length() == 0) {
            return CellValue.BLANK;
        }
        String text = chars.toString();
        return new CellValue.Text(text.contains("_x") ? decodeEscapes(text) : text);
    }

    /**
     * OOXML writes characters XML cannot hold, such as a carriage return, as {@code _x000D_}, and a
     * literal {@code _x} sequence as {@code _x005F_x}.
     */
    private static String decodeEscapes(String text) {
        var decoded = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (isEscapeAt(text, i)) {
                decoded.append((char) Integer.parseInt(text, i + 2, i + 6, 16));
                i += 7;
            } else {
                decoded.append(text.charAt(i++));
            }
        }
        return decoded.toString();
    }

    private static boolean isEscapeAt(String text, int i) {
        if (i + 7 > text.length() || text.charAt(i) != '_' || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int h = i + 2; h < i + 6; h++) {
            if (Character.digit(text.charAt(h), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
