package org.ragbook.compute;

import java.util.List;
import org.ragbook.validate.Finding;

/**
 * Every observation's assessment, the SPC chart of every monthly SPC series, and the warnings
 * computing them raised (figures that disagree, months missing from a series).
 */
public record Assessed(List<Assessment> assessments, List<SeriesChart> charts, List<Finding> findings) {

    public Assessed {
        assessments = List.copyOf(assessments);
        charts = List.copyOf(charts);
        findings = List.copyOf(findings);
    }
}
