package org.ragbook.web;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One uploaded return's folder: the original exactly as received, and once the pipeline has run,
 * the annotated workbook and the report.
 */
public record Submission(String id, Path folder, Path original) {

    public Path annotated() {
        return folder.resolve("annotated.xlsx");
    }

    public Path report() {
        return folder.resolve("report.json");
    }

    public boolean hasReport() {
        return Files.isRegularFile(report());
    }
}
