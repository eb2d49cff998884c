package org.ragbook.report;

/**
 * The name Ragbook gives the annotated copy of a return: the analyst's own name with
 * {@code -annotated} before the extension, so the two sort side by side in a folder.
 */
public final class AnnotatedFileName {

    private AnnotatedFileName() {
    }

    /** {@code returns.xlsx} → {@code returns-annotated.xlsx}. */
    public static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? of(fileName, fileName.substring(dot + 1)) : fileName + "-annotated";
    }

    /** The committee paper's name: {@code returns.xlsx} → {@code returns-paper.docx}. */
    public static String paper(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName) + "-paper.docx";
    }

    /** The annotated name with another extension: {@code returns.csv} as xlsx → {@code returns-annotated.xlsx}. */
    public static String of(String fileName, String extension) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        return base + "-annotated." + extension;
    }
}
