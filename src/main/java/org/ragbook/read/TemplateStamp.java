package org.ragbook.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which template a return was made from: the schema, and the schema's version when the template
 * was written. A template keeps it in a workbook-wide defined name rather than a cell, so it
 * survives the analyst's edits to the sheets, and a copy saved by LibreOffice keeps it too.
 */
public record TemplateStamp(String schemaId, int version) {

    /** The defined name that holds the stamp. */
    public static final String NAME = "RagbookTemplate";

    /** {@link #formula()} as written; LibreOffice saves it back unchanged. */
    private static final Pattern FORMULA = Pattern.compile("\"([a-z0-9]+(?:-[a-z0-9]+)*) version ([1-9]\\d{0,8})\"");

    /** The defined name's formula: a text constant, {@code "phof-dashboard version 2"}, referring to no cell. */
    public String formula() {
        return "\"" + schemaId + " version " + version + "\"";
    }

    /** The stamp a defined name's formula holds, or empty when it is not one a Ragbook template carries. */
    static Optional<TemplateStamp> parse(String formula) {
        Matcher m = FORMULA.matcher(formula.strip());
        return m.matches() ? Optional.of(new TemplateStamp(m.group(1), Integer.parseInt(m.group(2)))) : Optional.empty();
    }
}
