package org.ragbook.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ragbook.paper.CommitteePaper;
import org.ragbook.paper.PaperCover;
import org.ragbook.pipeline.Pipeline;
import org.ragbook.report.AnnotatedFileName;
import org.ragbook.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "paper", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Writes the committee paper for a return as a Word document: the counts, a paragraph on the"
                + " green, amber and red indicators with their trends and ranks, the ones not compared and why,"
                + " the SPC readings, and an appendix table shaded in the RAG colours.")
final class PaperCommand implements Callable<Integer> {

    @ParentCommand
    private Main ragbook;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ReturnOptions options;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.docx",
            description = "Where to write the paper. Default: IN's name with -paper.docx, next to IN.")
    private Path output;

    @Option(names = "--title", paramLabel = "T",
            description = "The paper's title. Default: the schema's title with \": performance report\".")
    private String title;

    @Option(names = "--date", paramLabel = "D", description = "The meeting's date, yyyy-mm-dd. Default: today.")
    private LocalDate date;

    @Override
    public Integer call() {
        Path input = options.existingInput();
        Path out = output != null ? output : input.resolveSibling(AnnotatedFileName.paper(options.fileName()));
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            throw new ParameterException(spec.commandLine(), "OUT must end in .docx, not " + out + ".");
        }
        Pipeline pipeline = ragbook.pipeline(spec);
        Report report = pipeline.validate(input, options.fileName(), options.schema);
        options.writeJson(report);
        PaperCover cover = PaperCover.of(title, date, pipeline.schemas().find(report.schema()).orElse(null));
        try (OutputStream file = Files.newOutputStream(out)) {
            CommitteePaper.write(report, cover, file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + out, e);
        }
        spec.commandLine().getOut().println("Wrote the committee paper for " + ReportText.summary(report) + " → "
                + out);
        return Main.exitCode(report);
    }
}
