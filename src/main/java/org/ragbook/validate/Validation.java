package org.ragbook.validate;

import java.util.List;
import org.ragbook.schema.ReturnSchema;

/** What validation made of a return: the observations it could bind and every finding. */
public record Validation(ReturnSchema schema, DataRegion region, List<Observation> observations, List<Finding> findings) {

    public Validation {
        observations = List.copyOf(observations);
        findings = List.copyOf(findings);
    }

    /** The same validation with findings raised later (by the statistics) added after its own. */
    public Validation withFindings(List<Finding> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        return new Validation(schema, region, observations, all);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
