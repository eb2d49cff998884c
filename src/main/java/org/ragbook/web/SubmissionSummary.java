package org.ragbook.web;

import java.time.Instant;
import org.ragbook.store.SubmissionRecord;

/** One line of the submissions list: enough to find a return and open it, not its whole report. */
record SubmissionSummary(String id, String status, String organisation, String schema, String period,
        String channel, String submittedBy, Instant receivedAt, String file, String self) {

    static SubmissionSummary of(SubmissionRecord s) {
        return new SubmissionSummary(s.id(), s.status().label(), s.organisation(), s.schemaId(), s.period(),
                s.channel().label(), s.submittedBy(), s.receivedAt(), s.fileName(),
                SubmissionRoutes.self(s.id()));
    }
}
