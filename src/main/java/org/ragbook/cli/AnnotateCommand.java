package org.ragbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ragbook.report.AnnotatedFileName;
import org.ragbook.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "annotate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Validates a return and writes a copy with RAG fills, comments on problem cells, and Summary"
                + " and Validation sheets.")
final class AnnotateCommand implements Callable<Integer> {

    @ParentCommand
    private Main ragbook;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ReturnOptions options;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to write the annotated copy, .xlsx or .csv. Default: IN's name with -annotated"
                    + " before the extension, next to IN.")
    private Path output;

    @Override
    public Integer call() {
        Path input = options.existingInput();
        Path out = output != null ? output : input.resolveSibling(AnnotatedFileName.of(options.fileName()));
        requireWritable(out);
        Report report = ragbook.pipeline(spec).annotate(input, options.fileName(), options.schema, out);
        options.writeJson(report);
        spec.commandLine().getOut().println("Annotated " + ReportText.summary(report) + " → " + out);
        return Main.exitCode(report);
    }

    private void requireWritable(Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
            throw new ParameterException(spec.commandLine(), "OUT must end in .xlsx or .csv, not " + out + ".");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "The folder for OUT, " + folder + ", does not exist.");
        }
    }
}
