package org.ragbook.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ragbook.compute.Assessment;
import org.ragbook.compute.SeriesChart;
import org.ragbook.read.ReturnTable;
import org.ragbook.read.SourceFormat;
import org.ragbook.report.Paragraph;
import org.ragbook.report.Paragraphs;
import org.ragbook.validate.Validation;

/**
 * Writes the annotated return: the analyst's own workbook with RAG fills on judged values, a
 * comment on every cell with a finding, the statistics columns beside the table, and Summary and
 * Validation sheets; or the table with the added columns as CSV.
 */
public final class Annotator {

    /** Returns larger than this file size are streamed: POI's in-memory model would take too long. */
    static final long STREAMING_FILE_BYTES = 5L * 1024 * 1024;
    /** Returns with more rows than this are streamed, whatever their file size. */
    static final int STREAMING_ROWS = 10_000;

    /** How an xlsx is written; a CSV return, having no workbook to keep, is always streamed. */
    enum Strategy {
        /** The analyst's workbook opened with POI and changed: every format, formula and chart kept. */
        IN_PLACE,
        /** The parts written directly from what was read: fast and small in memory, values only. */
        STREAMING
    }

    private Annotator() {
    }

    /**
     * @param original the uploaded file the table was read from
     * @param output   where to write; its extension, {@code .xlsx} or {@code .csv}, decides the format
     */
    public static void write(Path original, ReturnTable table, Validation validation, List<Assessment> assessments,
            Path output) {
        write(original, table, validation, assessments, output, strategyFor(original, table));
    }

    /**
     * As {@link #write(Path, ReturnTable, Validation, List, Path)}, with an SPC sheet of these charts
     * and their icons on the Summary sheet, whichever way the workbook is written, and these
     * paragraphs on the Narrative sheet; a CSV output, being one table, carries the SPC readings
     * and the paragraphs in the report only.
     */
    public static void write(Path original, ReturnTable table, Validation validation, List<Assessment> assessments,
            List<SeriesChart> charts, List<Paragraph> paragraphs, Path output) {
        write(original, table, validation, assessments, charts, paragraphs, output, strategyFor(original, table));
    }

    static void write(Path original, ReturnTable table, Validation validation, List<Assessment> assessments,
            Path output, Strategy strategy) {
        write(original, table, validation, assessments, List.of(),
                Paragraphs.of(validation.schema(), table.fileName(), assessments, List.of()), output, strategy);
    }

    private static void write(Path original, ReturnTable table, Validation validation, List<Assessment> assessments,
            List<SeriesChart> charts, List<Paragraph> paragraphs, Path output, Strategy strategy) {
        if (isSameFile(original, output)) {
            throw new IllegalArgumentException("the annotated return must not overwrite the original " + original.getFileName());
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            CsvWriter.write(AnnotationPlan.of(table, validation, assessments, List.of(), paragraphs, List.of()), table,
                    output);
        } else if (!name.endsWith(".xlsx")) {
            throw new IllegalArgumentException("the annotated return is written as .xlsx or .csv, not " + output.getFileName());
        } else if (strategy == Strategy.IN_PLACE && table.format() == SourceFormat.XLSX) {
            InPlaceWriter.write(original, table, validation, assessments, charts, paragraphs, output);
        } else {
            StreamingWriter.write(AnnotationPlan.of(table, validation, assessments, charts, paragraphs, List.of()), table,
                    output);
        }
    }

    static Strategy strategyFor(Path original, ReturnTable table) {
        boolean large = size(original) > STREAMING_FILE_BYTES || table.rowCount() > STREAMING_ROWS;
        return large || table.format() == SourceFormat.CSV ? Strategy.STREAMING : Strategy.IN_PLACE;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file.getFileName(), e);
        }
    }

    private static boolean isSameFile(Path original, Path output) {
        try {
            return Files.exists(output) && Files.isSameFile(original, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compare " + original.getFileName() + " with " + output.getFileName(), e);
        }
    }
}
