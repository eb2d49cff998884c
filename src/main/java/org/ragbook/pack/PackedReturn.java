package org.ragbook.pack;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.ragbook.report.Report;

/**
 * One organisation's latest annotated return as the pack uses it: who sent it and when, where to
 * open it, and what a committee counts in it. Only the counted observations are kept: a report's
 * others (history, England, the neighbours) run to thousands in a large return and are context.
 *
 * @param period  the latest period the return holds
 * @param link    the submission, as people reach the service
 * @param counted the report's counted observations, each indicator once for each of its own areas
 */
public record PackedReturn(String organisation, String submittedBy, Instant receivedAt, String period,
        String fileName, URI link, List<Report.ObservationEntry> counted) {

    public PackedReturn {
        counted = List.copyOf(counted);
    }

    /** The return with its stored report, of which it keeps the counted observations. */
    public static PackedReturn of(String organisation, String submittedBy, Instant receivedAt, String period,
            String fileName, URI link, Report report) {
        return new PackedReturn(organisation, submittedBy, receivedAt, period, fileName, link,
                report.observations().stream().filter(Report.ObservationEntry::counted).toList());
    }
}
