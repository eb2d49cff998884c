package org.ragbook.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.ragbook.report.Report;

/**
 * A submission as the API answers it: the report's own fields, with the submission's id before
 * them and the links to fetch it again after them.
 */
record SubmissionView(String id, @JsonUnwrapped Report report, Links links) {

    record Links(String self, String annotated) {
    }

    static SubmissionView of(String id, Report report) {
        String self = "/api/returns/" + id;
        return new SubmissionView(id, report, new Links(self, self + "/annotated.xlsx"));
    }
}
