package org.ragbook.validate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ragbook.read.CellRef;
import org.ragbook.read.CellValue;

/**
 * Reads a cell that should hold a number, explaining in the analyst's terms why one does not:
 * the common cases are a decimal comma, a percent sign typed as text, a thousands separator, a
 * placeholder such as "n/a", a date pasted as text, and an Excel error left by a broken formula.
 */
final class NumberCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d+,\\d+");
    private static final Pattern DATE_TEXT =
            Pattern.compile("\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final List<String> PLACEHOLDERS =
            List.of("n/a", "na", "-", "*", "x", "null", "..", ":", "tbc", "nk", "none");

    private NumberCells() {
    }

    /** The number in the cell, null when it is blank, or null plus a finding when it is not a number. */
    static Double read(CellValue cell, CellRef ref, String column, List<Finding> findings) {
        if (cell instanceof CellValue.Number n) {
            return n.value();
        }
        if (cell instanceof CellValue.Text t) {
            return fromText(t.value().trim(), ref, column, findings);
        }
        if (cell instanceof CellValue.Error e) {
            findings.add(ExcelErrors.finding(e, ref, column));
        } else if (cell instanceof CellValue.Date d) {
            findings.add(Rule.VALUE_NOT_NUMBER.error(ref, "'" + column + "' should be a number, but the cell is"
                    + " formatted as a date (" + d.display() + "). Format the cell as a number."));
        } else if (cell instanceof CellValue.Bool b) {
            findings.add(Rule.VALUE_NOT_NUMBER.error(ref,
                    "'" + column + "' should be a number, not " + b.display() + "."));
        }
        return null;
    }

    static boolean looksLikeDate(String text) {
        return DATE_TEXT.matcher(text.trim()).matches();
    }

    private static Double fromText(String text, CellRef ref, String column, List<Finding> findings) {
        if (text.isEmpty()) {
            return null;
        }
        if (PLAIN_NUMBER.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        if (looksLikeDate(text)) {
            findings.add(Rule.DATE_AS_TEXT.error(ref, "'" + column + "' holds the text '" + text
                    + "', which looks like a date typed as text. A number was expected here."));
            return null;
        }
        findings.add(Rule.VALUE_NOT_NUMBER.error(ref, "'" + column + "' holds the text '" + text + "', which is not a"
                + " number. " + advice(text)));
        return null;
    }

    private static String advice(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (PLACEHOLDERS.contains(lower)) {
            return "Leave the cell blank and say why in 'Value note' (for example 'suppressed').";
        }
        String withoutPercent = text.endsWith("%") ? text.substring(0, text.length() - 1).trim() : text;
        if (DECIMAL_COMMA.matcher(withoutPercent).matches()) {
            return "Use a full stop for decimals" + (text.endsWith("%") ? " and leave out the % sign" : "")
                    + ": write " + withoutPercent.replace(',', '.') + ".";
        }
        if (THOUSANDS.matcher(withoutPercent).matches()) {
            return "Leave out the thousands separators: write " + withoutPercent.replace(",", "") + ".";
        }
        if (text.endsWith("%") && PLAIN_NUMBER.matcher(withoutPercent).matches()) {
            return "Leave out the % sign: write " + withoutPercent + " (percentages are written per 100).";
        }
        return "Enter the number alone, without units or words.";
    }
}
