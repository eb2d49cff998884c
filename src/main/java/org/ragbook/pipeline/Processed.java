package org.ragbook.pipeline;

import java.util.List;
import org.ragbook.compute.Assessment;
import org.ragbook.report.Report;
import org.ragbook.schema.ReturnSchema;

/** What one pass made of a return: its report, and the schema and assessments behind it for the store. */
public record Processed(Report report, ReturnSchema schema, List<Assessment> assessments) {

    public Processed {
        assessments = List.copyOf(assessments);
    }
}
