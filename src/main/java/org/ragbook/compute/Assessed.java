package org.ragbook.compute;

import java.util.List;
import org.ragbook.validate.Finding;

/** Every observation's assessment, and the warnings computing them raised (figures that disagree). */
public record Assessed(List<Assessment> assessments, List<Finding> findings) {

    public Assessed {
        assessments = List.copyOf(assessments);
        findings = List.copyOf(findings);
    }
}
