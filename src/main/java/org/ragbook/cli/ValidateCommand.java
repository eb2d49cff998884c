package org.ragbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ragbook.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks a return without writing anything: one line per finding (severity, rule, cell,"
                + " message), then a summary.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private Main ragbook;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ReturnOptions options;

    @Override
    public Integer call() {
        Path input = options.existingInput();
        Report report = ragbook.pipeline(spec).validate(input, options.fileName(), options.schema);
        options.writeJson(report);
        PrintWriter out = spec.commandLine().getOut();
        report.findings().forEach(finding -> out.println(ReportText.finding(finding)));
        out.println("Validated " + ReportText.summary(report));
        return Main.exitCode(report);
    }
}
