package org.ragbook.pipeline;

import java.nio.file.Path;
import org.ragbook.report.Report;
import org.ragbook.schema.SchemaCatalog;

/**
 * The whole pass over one return, written once for every adapter: read, bind to a schema,
 * validate, compute, annotate, report. The CLI, the web routes and (later) the mail poller call it.
 */
public final class Pipeline {

    private final SchemaCatalog schemas;

    public Pipeline(SchemaCatalog schemas) {
        this.schemas = schemas;
    }

    public SchemaCatalog schemas() {
        return schemas;
    }

    /**
     * Reads and validates a return without writing anything.
     *
     * @param input    the uploaded file on disk
     * @param fileName the name the user gave it (decides .csv or .xlsx)
     * @param schemaId the schema to use, or null to pick the one whose indicators the return names
     * @throws org.ragbook.RejectedReturnException when the file cannot be read or no schema fits
     */
    public Report validate(Path input, String fileName, String schemaId) {
        throw new UnsupportedOperationException("pipeline not wired yet");
    }

    /**
     * Validates, assesses and writes the annotated return to {@code output} (.xlsx or .csv by its
     * name), returning the same report as {@link #validate}.
     */
    public Report annotate(Path input, String fileName, String schemaId, Path output) {
        throw new UnsupportedOperationException("pipeline not wired yet");
    }
}
