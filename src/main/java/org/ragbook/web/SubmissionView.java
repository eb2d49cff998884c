package org.ragbook.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ragbook.report.Paragraph;
import org.ragbook.report.Report;
import org.ragbook.report.ReportJson;
import org.ragbook.store.SubmissionRecord;
import org.ragbook.store.SubmissionStatus;

/**
 * A submission as the API answers it: who sent what, when and how, where it is in its lifecycle,
 * and, once annotated, the report's RAG counts, narrative, findings, observations and SPC readings
 * (each monthly series' icons and the line a board paper prints), with the links
 * to fetch it again. The report's fields keep their names, so scripts written for the report read it.
 */
record SubmissionView(
        String id,
        String status,
        String organisation,
        String schema,
        String channel,
        String submittedBy,
        Instant receivedAt,
        String file,
        Progress progress,
        String error,
        Map<String, Integer> rag,
        String narrative,
        List<Report.FindingEntry> findings,
        List<Report.ObservationEntry> observations,
        List<Report.SpcEntry> spc,
        Links links,
        List<Paragraph> paragraphs) {

    record Progress(long rowsRead, long rowsTotal) {
    }

    /** @param paper the committee paper (Word), once annotated */
    record Links(String self, String original, String annotated, String paper) {
    }

    /** @param withObservations false to leave the observations out (null), keeping counts, findings and SPC */
    static SubmissionView of(SubmissionRecord s, boolean withObservations) {
        Report report = s.reportJson() == null ? null : ReportJson.read(s.reportJson());
        String self = SubmissionRoutes.self(s.id());
        return new SubmissionView(s.id(), s.status().label(), s.organisation(), s.schemaId(), s.channel().label(),
                s.submittedBy(), s.receivedAt(), s.fileName(), new Progress(s.rowsRead(), s.rowsTotal()), s.error(),
                report == null ? null : report.rag(),
                report == null ? null : report.narrative(),
                report == null ? List.of() : report.findings(),
                !withObservations ? null : report == null ? List.of() : report.observations(),
                report == null ? List.of() : report.spc(),
                links(self, s.status() == SubmissionStatus.ANNOTATED),
                report == null || report.paragraphs() == null ? List.of() : report.paragraphs());
    }

    private static Links links(String self, boolean annotated) {
        return new Links(self, self + "/original.xlsx", annotated ? self + "/annotated.xlsx" : null,
                annotated ? self + "/paper.docx" : null);
    }
}
