package org.ragbook.annotate;

/**
 * Keeps text from an upload from acting as a formula when a spreadsheet opens what Ragbook wrote
 * (CSV injection, "=HYPERLINK(...)" and the like). The characters are OWASP's list. Public for the
 * other workbooks Ragbook writes (the lead's pack), so that every writer asks the same question.
 */
public final class InertText {

    private InertText() {
    }

    /** True when a spreadsheet would read the text as a formula if it were typed or imported. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as a CSV field: an apostrophe in front when it would otherwise be a formula. */
    static String forCsv(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
