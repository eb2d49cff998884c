package org.ragbook.annotate;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names as Excel allows them: at most 31 characters, none of {@code []:*?/\}, not starting or
 * ending with an apostrophe, unique ignoring case. A CSV file's base name becomes a sheet name, so
 * it has to be made to fit; a workbook's own names already do and come through unchanged.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    /** Counts names the output will have anyway, such as a workbook's sheets the reader skipped. */
    void reserve(Collection<String> names) {
        names.forEach(name -> taken.add(key(name)));
    }

    /** A sheet name for the output: the wanted one made valid, or {@code "Summary (Ragbook)"} when it is taken. */
    String claim(String wanted) {
        String name = valid(wanted);
        for (int n = 1; taken.contains(key(name)); n++) {
            String suffix = n == 1 ? " (Ragbook)" : " (Ragbook " + n + ")";
            name = truncate(valid(wanted), MAX_LENGTH - suffix.length()) + suffix;
        }
        taken.add(key(name));
        return name;
    }

    /** The name with characters Excel refuses replaced and its length cut to Excel's limit. */
    static String valid(String name) {
        String replaced = truncate(name.replaceAll("[\\[\\]:*?/\\\\]", "_"), MAX_LENGTH);
        String cleaned = replaced.replaceAll("^'+|'+$", "").strip();
        return cleaned.isEmpty() ? "Sheet" : cleaned;
    }

    /** A cell reference for a hyperlink or formula: {@code 'Bob''s data'!F12}; quoting is always allowed. */
    static String reference(String sheet, String address) {
        return "'" + sheet.replace("'", "''") + "'!" + address;
    }

    private static String truncate(String s, int length) {
        return s.length() <= length ? s : s.substring(0, length).strip();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
