package org.ragbook.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ragbook.report.Paragraph;
import org.ragbook.report.Report;
import org.ragbook.report.ReportJson;
import org.ragbook.schema.Sex;
import org.ragbook.store.ObservationChange;
import org.ragbook.store.SubmissionRecord;
import org.ragbook.store.SubmissionStatus;

/**
 * A submission as the API answers it: who sent what, when and how, where it is in its lifecycle,
 * and, once annotated, the report's RAG counts, narrative, findings, observations and SPC readings
 * (each monthly series' icons and the line a board paper prints), with the links
 * to fetch it again; awaiting confirmation, the changes it would make to the stored values and where
 * to confirm or withdraw it. The report's fields keep their names, so scripts written for the report read it.
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
        List<Paragraph> paragraphs,
        List<Change> changes) {

    record Progress(long rowsRead, long rowsTotal) {
    }

    /**
     * A key the return gives another value than the organisation's store holds: why it is awaiting
     * confirmation. {@code indicator} is the indicator's id, as the series route names it.
     */
    record Change(String indicator, String area, String sex, String age, String period, Double stored, Double sent) {

        static Change of(ObservationChange c) {
            return new Change(c.indicatorId(), c.areaCode(), Sex.valueOf(c.sex()).label(), c.age().isEmpty() ? null
                    : c.age(), c.period(), c.stored(), c.sent());
        }
    }

    /** @param confirm and {@code withdraw}: where to POST the submitter's decision, while it awaits one */
    record Links(String self, String original, String annotated, String paper, String confirm, String withdraw) {
    }

    /**
     * @param withObservations false to leave the observations out (null), keeping counts, findings and SPC
     * @param changes what the return would change in the store (see {@link SubmissionStatus#AWAITING_CONFIRMATION})
     */
    static SubmissionView of(SubmissionRecord s, boolean withObservations, List<ObservationChange> changes) {
        Report report = s.reportJson() == null ? null : ReportJson.read(s.reportJson());
        String self = SubmissionRoutes.self(s.id());
        return new SubmissionView(s.id(), s.status().label(), s.organisation(), s.schemaId(), s.channel().label(),
                s.submittedBy(), s.receivedAt(), s.fileName(), new Progress(s.rowsRead(), s.rowsTotal()), s.error(),
                report == null ? null : report.rag(),
                report == null ? null : report.narrative(),
                report == null ? List.of() : report.findings(),
                !withObservations ? null : report == null ? List.of() : report.observations(),
                report == null ? List.of() : report.spc(),
                links(self, s.status()),
                report == null || report.paragraphs() == null ? List.of() : report.paragraphs(),
                changes.stream().map(Change::of).toList());
    }

    private static Links links(String self, SubmissionStatus status) {
        boolean annotated = status.isAnnotated();
        boolean awaiting = status == SubmissionStatus.AWAITING_CONFIRMATION;
        return new Links(self, self + "/original.xlsx", annotated ? self + "/annotated.xlsx" : null,
                annotated ? self + "/paper.docx" : null, awaiting ? self + "/confirm" : null,
                awaiting ? self + "/withdraw" : null);
    }
}
