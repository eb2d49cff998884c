package org.ragbook.annotate;

/**
 * How text is made safe for the XML parts of an xlsx. Characters XML cannot hold at all (control
 * characters, unpaired surrogates, and carriage returns, which parsers fold away) are written as
 * OOXML's {@code _xHHHH_} escapes, which Excel and POI turn back into the character; a literal
 * {@code _xHHHH_} in the text is itself escaped so that it survives.
 */
final class XmlText {

    private XmlText() {
    }

    /** True for the printable ASCII characters that are written as they are. */
    static boolean isSafeAscii(char ch) {
        return ch != '&' && ch != '<' && ch != '>' && ch != '"' && ch != '_';
    }

    /**
     * The escape for the (non-surrogate-pair) character at {@code i}, or null when it is written as
     * it is.
     */
    static String escapeOf(String text, int i) {
        char ch = text.charAt(i);
        return switch (ch) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '_' -> looksLikeEscape(text, i) ? "_x005F_" : null;
            default -> isLegal(ch) ? null : String.format("_x%04X_", (int) ch);
        };
    }

    /** The text escaped, for parts built as strings. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(ch).append(text.charAt(++i));
            } else {
                String escape = escapeOf(text, i);
                out.append(escape != null ? escape : String.valueOf(ch));
            }
        }
        return out.toString();
    }

    /** True when the text has leading or trailing spaces or line breaks that XML would let a reader drop. */
    static boolean needsPreserve(String text) {
        return !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1))
                || text.indexOf('\n') >= 0 || text.indexOf('\t') >= 0);
    }

    private static boolean isLegal(char ch) {
        return ch == '\t' || ch == '\n' || (ch >= 0x20 && ch < 0xD800) || (ch >= 0xE000 && ch <= 0xFFFD);
    }

    /** True when the text at {@code i} reads {@code _xHHHH_}, which a reader would decode. */
    private static boolean looksLikeEscape(String text, int i) {
        if (i + 6 >= text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
