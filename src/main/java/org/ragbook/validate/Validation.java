package org.ragbook.validate;

import java.util.List;
import org.ragbook.schema.ReturnSchema;

/** What validation made of a return: the observations it could bind and every finding. */
public record Validation(ReturnSchema schema, DataRegion region, List<Observation> observations, List<Finding> findings) {

    public Validation {
        observations = List.copyOf(observations);
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
