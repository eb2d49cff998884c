package org.ragbook.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ragbook.pipeline.UnknownSchemaException;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.template.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Writes a blank return for a schema: the header row Ragbook reads, locked, with checks on the"
                + " cells below it (dropdowns of the schema's indicators, sexes and ages, numbers of 0 or more, the"
                + " period's format), an Instructions sheet describing every indicator, and the schema's version.")
final class TemplateCommand implements Callable<Integer> {

    @ParentCommand
    private Main ragbook;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCHEMA", description = "The schema's id (see 'ragbook schemas').")
    private String schemaId;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.xlsx", required = true,
            description = "Where to write the template.")
    private Path output;

    @Override
    public Integer call() {
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ParameterException(spec.commandLine(), "The template is a workbook: FILE must end in .xlsx.");
        }
        SchemaCatalog schemas = ragbook.schemas(spec);
        ReturnSchema schema = schemas.find(schemaId).orElseThrow(() -> new UnknownSchemaException(schemaId, schemas));
        TemplateWriter.write(schema, output);
        spec.commandLine().getOut().println("Wrote the " + schema.id() + " template (" + schema.indicators().size()
                + " indicators) → " + output);
        return Main.OK;
    }
}
