package org.ragbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ragbook.RejectedReturnException;
import org.ragbook.pipeline.Pipeline;
import org.ragbook.report.Report;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.config.ConfigException;
import org.ragbook.schema.SchemaException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code ragbook} command: its subcommands, the global schema folder, and the exit codes. */
@Command(
        name = "ragbook",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Validates indicator returns against their schema and sends back the analyst's own workbook"
                + " annotated: RAG fills, comments on problem cells, Summary and Validation sheets.",
        subcommands = {AnnotateCommand.class, ValidateCommand.class, TemplateCommand.class, SchemasCommand.class,
            ServeCommand.class, UserCommand.class, SpcCommand.class, PaperCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the return has no errors",
            "1:the return has errors (see the findings)",
            "2:usage error, unreadable file, unknown or broken schema",
            "70:Ragbook failed; please report it with the message shown"})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int RETURN_HAS_ERRORS = 1;
    public static final int REJECTED = 2;
    public static final int SOFTWARE_ERROR = 70;

    @Spec
    private CommandSpec spec;

    @Option(names = "--schemas", paramLabel = "DIR", scope = ScopeType.INHERIT,
            defaultValue = "${env:RAGBOOK_SCHEMAS}",
            description = "Folder of schema .yaml files to use instead of the built-in ones (env RAGBOOK_SCHEMAS).")
    private Path schemaFolder;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line with Ragbook's error handling: a rejected return or a broken schema file is
     * one line on stderr and exit code 2; anything else is a bug, shown with its stack trace.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.getCommandSpec().exitCodeOnExecutionException(SOFTWARE_ERROR);
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().exitCodeOnExecutionException(SOFTWARE_ERROR));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof RejectedReturnException rejected) {
                commandLine.getErr().println("ragbook: " + rejected.userMessage());
                return REJECTED;
            }
            if (e instanceof ConfigException broken) {
                commandLine.getErr().println("ragbook: " + broken.getMessage());
                return REJECTED;
            }
            if (e instanceof SchemaException broken) {
                commandLine.getErr().println("ragbook: " + broken.getMessage());
                return REJECTED;
            }
            throw e;
        });
        return cli;
    }

    /** Without a subcommand there is nothing to do: say so, with the list of commands. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command, such as: ragbook annotate"
                + " returns.xlsx");
    }

    /** The pipeline over the schemas chosen on the command line; built only by commands that need it. */
    Pipeline pipeline(CommandSpec command) {
        return new Pipeline(schemas(command));
    }

    SchemaCatalog schemas(CommandSpec command) {
        if (schemaFolder == null) {
            return SchemaCatalog.builtIn();
        }
        if (!Files.isDirectory(schemaFolder)) {
            throw new CommandLine.ParameterException(command.commandLine(),
                    "The schema folder " + schemaFolder + " does not exist or is not a folder.");
        }
        return SchemaCatalog.fromDirectory(schemaFolder);
    }

    static int exitCode(Report report) {
        return report.errorCount() > 0 ? RETURN_HAS_ERRORS : OK;
    }
}
