package org.ragbook.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The report as JSON, written the same way by {@code --json}, the HTTP API and the submission
 * store. Field names and order are the {@link Report} record's own, so the JSON changes only when
 * the record does; scripts read these names.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ReportJson() {
    }

    /** Compact, for storing: a 100,000-row return's report is tens of megabytes even without indentation. */
    public static String write(Report report) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report record could not be written as JSON", e);
        }
    }

    public static void write(Report report, Path file) {
        try {
            MAPPER.writeValue(file.toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report to " + file, e);
        }
    }

    /** Reads a report this class wrote, for serving a stored submission again. */
    public static Report read(String json) {
        try {
            return MAPPER.readValue(json, Report.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored report could not be read back", e);
        }
    }

    /** Reads a report this class wrote to a file. */
    public static Report read(Path file) {
        try {
            return MAPPER.readValue(file.toFile(), Report.class);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the report " + file, e);
        }
    }
}
