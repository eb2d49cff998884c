package org.ragbook.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.ragbook.RejectedReturnException;
import org.ragbook.annotate.Annotator;
import org.ragbook.compute.Assessed;
import org.ragbook.compute.Assessor;
import org.ragbook.compute.rank.ComparatorGroups;
import org.ragbook.read.ReadProgress;
import org.ragbook.read.ReturnReader;
import org.ragbook.read.ReturnTable;
import org.ragbook.report.Paragraph;
import org.ragbook.report.Paragraphs;
import org.ragbook.report.Report;
import org.ragbook.report.ReportBuilder;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.validate.SchemaDetector;
import org.ragbook.validate.Validation;
import org.ragbook.validate.Validator;

/**
 * The whole pass over one return, written once for every adapter: read, bind to a schema,
 * validate, compute, annotate, report. The CLI, the web routes and (later) the mail poller call it.
 */
public final class Pipeline {

    private final SchemaCatalog schemas;
    private final ComparatorGroups comparators;

    /** A pipeline over these schemas and the built-in comparator groups. */
    public Pipeline(SchemaCatalog schemas) {
        this(schemas, ComparatorGroups.builtIn());
    }

    public Pipeline(SchemaCatalog schemas, ComparatorGroups comparators) {
        this.schemas = schemas;
        this.comparators = comparators;
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
     * @throws RejectedReturnException when the file cannot be read or no schema fits
     */
    public Report validate(Path input, String fileName, String schemaId) {
        return run(input, fileName, schemaId, null);
    }

    /**
     * Validates, assesses and writes the annotated return to {@code output} (.xlsx or .csv by its
     * name), returning the same report as {@link #validate}.
     */
    public Report annotate(Path input, String fileName, String schemaId, Path output) {
        return run(input, fileName, schemaId, output);
    }

    private Report run(Path input, String fileName, String schemaId, Path output) {
        return process(input, fileName, schemaId, output, History.NONE, ReadProgress.NONE).report();
    }

    /**
     * The whole pass with stored history and progress, for the service: as {@link #annotate}, with
     * {@code history}'s earlier periods in the trends and the rows read passed to {@code progress}.
     *
     * @param output where to write the annotated return, or null to validate only
     */
    public Processed process(Path input, String fileName, String schemaId, Path output, History history,
            ReadProgress progress) {
        ReturnTable table = ReturnReader.read(input, fileName, progress);
        ReturnSchema schema = schemaFor(table, schemaId);
        Validation validated = Validator.validate(table, schema);
        Assessed assessed = Assessor.assess(validated, comparators, history.pastOf(schema, validated.observations()));
        Validation validation = validated.withFindings(assessed.findings());
        List<Paragraph> paragraphs = Paragraphs.of(schema, fileName, assessed.assessments(), assessed.charts());
        if (output != null) {
            Annotator.write(input, table, validation, assessed.assessments(), assessed.charts(), paragraphs, output);
        }
        Report report = ReportBuilder.build(fileName, validation, assessed.assessments(), assessed.charts(),
                paragraphs);
        return new Processed(report, schema,
                assessed.assessments());
    }

    private ReturnSchema schemaFor(ReturnTable table, String schemaId) {
        if (schemaId != null && !schemaId.isBlank()) {
            return schemas.find(schemaId).orElseThrow(() -> new UnknownSchemaException(schemaId, schemas));
        }
        return SchemaDetector.detect(table, schemas).orElseThrow(() -> new RejectedReturnException(
                "None of the schemas (" + schemas.ids() + ") recognises the indicators in " + table.fileName()
                        + ". Name the schema with --schema (CLI) or the 'schema' field (HTTP)."));
    }
}
