package org.ragbook.read;

/**
 * Which template a return was made from: the schema, and the schema's version when the template
 * was written. A template keeps it in a workbook-wide defined name rather than a cell, so it
 * survives whatever the analyst does to the sheets, and a copy saved by LibreOffice keeps it too.
 */
public record TemplateStamp(String schemaId, int version) {

    /** The defined name that holds the stamp. */
    public static final String NAME = "RagbookTemplate";

    /** The defined name's formula: a text constant, {@code "phof-dashboard version 2"}, referring to no cell. */
    public String formula() {
        return "\"" + schemaId + " version " + version + "\"";
    }
}
