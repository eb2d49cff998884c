package org.ragbook.validate;

/** An error stops a value being used; a warning is shown but the value is still assessed. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
