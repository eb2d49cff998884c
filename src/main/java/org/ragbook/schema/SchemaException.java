package org.ragbook.schema;

/**
 * A schema file that cannot be used. Schemas are written by people, so the message names the file,
 * the line and the field, such as
 * {@code phof-dashboard.yaml, line 42: indicators[7].polarity: 'hihg' is not one of high, low, none}.
 */
public final class SchemaException extends RuntimeException {

    SchemaException(String message) {
        super(message);
    }

    /** {@code line} 0 when the parser could not say where. */
    public static SchemaException at(String file, int line, String field, String problem) {
        return new SchemaException(file + (line > 0 ? ", line " + line : "") + ": "
                + (field.isEmpty() ? "" : field + ": ") + problem);
    }
}
