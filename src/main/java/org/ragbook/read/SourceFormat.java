package org.ragbook.read;

/** The kinds of file Ragbook reads and writes. */
public enum SourceFormat {
    XLSX,
    CSV;

    public static SourceFormat ofFileName(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? CSV : XLSX;
    }
}
