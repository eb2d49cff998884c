package org.ragbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ragbook.RejectedReturnException;
import org.ragbook.report.Report;
import org.ragbook.report.ReportJson;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code annotate} and {@code validate} both take: the return, its schema, where to put the JSON. */
final class ReturnOptions {

    @Parameters(index = "0", paramLabel = "IN", description = "The return: an .xlsx workbook or a .csv file.")
    Path input;

    @Option(names = "--schema", paramLabel = "ID",
            description = "The schema to read the return with (see 'ragbook schemas'). Default: the schema whose"
                    + " indicators the return names.")
    String schema;

    @Option(names = "--json", paramLabel = "REPORT.json", description = "Also write the report as JSON to this file.")
    Path json;

    /** The input, refused in one line when it is not there, before the pipeline tries to read it. */
    Path existingInput() {
        if (!Files.isRegularFile(input)) {
            throw new RejectedReturnException("There is no file " + input + ".");
        }
        return input;
    }

    String fileName() {
        return input.getFileName().toString();
    }

    void writeJson(Report report) {
        if (json != null) {
            ReportJson.write(report, json);
        }
    }
}
