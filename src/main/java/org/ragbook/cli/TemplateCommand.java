package org.ragbook.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ragbook.pipeline.UnknownSchemaException;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.template.TemplateWriter;
import org.ragbook.template.UploadTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes a blank return for a schema: the header row Ragbook reads, locked, with checks on the"
                + " cells below it (dropdowns of the schema's indicators, sexes and ages, numbers of 0 or more, the"
                + " period's format), an Instructions sheet describing every indicator, and the schema's version.",
            "With --layout fingertips-upload, no SCHEMA: the Fingertips upload template (a PHOLIO sheet keyed by"
                + " Fingertips' ids, -1 for no value), the same for every indicator."})
final class TemplateCommand implements Callable<Integer> {

    private static final String LONG = "long";
    private static final String UPLOAD = "fingertips-upload";

    @ParentCommand
    private Main ragbook;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCHEMA",
            description = "The schema's id (see 'ragbook schemas'); none with --layout fingertips-upload.")
    private String schemaId;

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = LONG,
            description = "long (the default: the Fingertips export's columns, for a schema) or " + UPLOAD
                    + " (the Fingertips upload layout).")
    private String layout;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.xlsx", required = true,
            description = "Where to write the template.")
    private Path output;

    @Override
    public Integer call() {
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ParameterException(spec.commandLine(), "The template is a workbook: FILE must end in .xlsx.");
        }
        if (layout.equals(UPLOAD)) {
            if (schemaId != null) {
                throw new ParameterException(spec.commandLine(), "The " + UPLOAD + " template is keyed by Fingertips'"
                        + " own ids and serves every schema: leave out SCHEMA ('" + schemaId + "').");
            }
            UploadTemplate.write(output);
            spec.commandLine().getOut().println("Wrote the Fingertips upload template → " + output);
            return Main.OK;
        }
        if (!layout.equals(LONG)) {
            throw new ParameterException(spec.commandLine(), "--layout must be " + LONG + " or " + UPLOAD + ", not '"
                    + layout + "'.");
        }
        if (schemaId == null) {
            throw new ParameterException(spec.commandLine(), "Name the schema the template is for, such as: ragbook"
                    + " template phof-dashboard -o returns.xlsx (see 'ragbook schemas').");
        }
        SchemaCatalog schemas = ragbook.schemas(spec);
        ReturnSchema schema = schemas.find(schemaId).orElseThrow(() -> new UnknownSchemaException(schemaId, schemas));
        TemplateWriter.write(schema, output);
        spec.commandLine().getOut().println("Wrote the " + schema.id() + " template (" + schema.indicators().size()
                + " indicators) → " + output);
        return Main.OK;
    }
}
