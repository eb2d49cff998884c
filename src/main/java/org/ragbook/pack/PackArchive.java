package org.ragbook.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The pack's annotated workbooks in one zip, written as they are added so that only one is held at
 * a time. Each is named for its organisation and then its own name
 * ({@code Rutland County Council - returns-annotated.xlsx}), so a folder of them sorts by
 * organisation and two organisations' {@code returns.xlsx} never clash.
 */
public final class PackArchive implements AutoCloseable {

    /** Characters Windows, macOS or a zip tool would refuse or take as a folder in a file's name. */
    private static final String UNSAFE = "[\\\\/:*?\"<>|\\p{Cntrl}]";

    private final ZipOutputStream zip;
    private final Set<String> names = new HashSet<>();

    public PackArchive(OutputStream out) {
        this.zip = new ZipOutputStream(out);
    }

    /** @param annotatedName the annotated workbook's own name, as its download gives it */
    public void add(String organisation, String annotatedName, byte[] workbook) throws IOException {
        zip.putNextEntry(new ZipEntry(unique(entryName(organisation, annotatedName))));
        zip.write(workbook);
        zip.closeEntry();
    }

    static String entryName(String organisation, String annotatedName) {
        return safe(organisation) + " - " + safe(annotatedName);
    }

    /** Two names made safe alike ({@code A/B} and {@code A_B}) are told apart by a number, as a folder does. */
    private String unique(String name) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; !names.add(candidate); n++) {
            candidate = dot < 0 ? name + " (" + n + ")" : name.substring(0, dot) + " (" + n + ")" + name.substring(dot);
        }
        return candidate;
    }

    private static String safe(String text) {
        return text.replaceAll(UNSAFE, "_").trim();
    }

    /** Finishes the zip and closes the stream it writes to. */
    @Override
    public void close() throws IOException {
        zip.close();
    }
}
