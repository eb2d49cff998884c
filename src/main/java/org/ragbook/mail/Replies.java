package org.ragbook.mail;

import java.util.ArrayList;
import java.util.List;
import org.ragbook.report.Paragraph;
import org.ragbook.report.Report;
import org.ragbook.store.SubmissionStatus;

/**
 * What Ragbook says back to a sender, in every case a message can end in. The report's own words
 * (its counts sentence and its committee paragraphs) are used as they are, so the reply says what
 * the workbook, the paper and the JSON say.
 */
public final class Replies {

    /** The findings listed in a reply; the rest are counted, and all of them are in the annotated workbook. */
    static final int FINDINGS_LISTED = 20;

    /** The status of a return that would change stored figures, as the store labels it. */
    private static final String AWAITING_CONFIRMATION = SubmissionStatus.AWAITING_CONFIRMATION.label();

    private final String publicUrl;

    public Replies(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** The answer to a user's message with returns attached. */
    public Reply processed(IncomingMail mail, List<ReturnAnswer> answers) {
        ReplyBody body = new ReplyBody();
        body.text("Ragbook has read " + count(answers.size(), "return") + " from your message"
                + quotedSubject(mail) + ".");
        List<Attachment> attachments = new ArrayList<>();
        for (ReturnAnswer answer : answers) {
            body.heading(answer.fileName());
            if (answer.report() == null) {
                body.text(("rejected".equals(answer.status()) ? "Not read: " : "Not processed: ") + answer.error());
            } else {
                describe(body, answer.report());
                if (answer.annotated() != null) {
                    body.text("The annotated workbook is attached: " + answer.annotated().fileName() + ".");
                    attachments.add(answer.annotated());
                }
            }
            if (AWAITING_CONFIRMATION.equals(answer.status())) {
                body.text("This return changes figures already stored for your organisation, so they are not"
                        + " used until you confirm the changes on Ragbook, or withdraw the return there:");
            }
            body.link("On Ragbook", answer.link());
        }
        notRead(body, mail.notRead());
        return new Reply(body.text(), body.html(), List.copyOf(attachments));
    }

    /** A user's message with nothing in it to read. */
    public Reply noReturn(IncomingMail mail) {
        ReplyBody body = new ReplyBody().text("Ragbook found no return in your message" + quotedSubject(mail)
                + ". Attach the return as an .xlsx workbook or a .csv file and send it again, or upload it at "
                + publicUrl + ".");
        notRead(body, mail.notRead());
        return new Reply(body.text(), body.html(), List.of());
    }

    /** Mail from an address that is no user's: nothing of it was read, and nothing of it goes back. */
    public Reply unknownSender(String sender) {
        ReplyBody body = new ReplyBody().text("Ragbook did not read your message: " + sender + " is not the address of"
                + " a Ragbook user, so nothing in it was submitted.")
                .text("If you submit returns, ask your Ragbook administrator to add this address to your user,"
                        + " or upload the return at " + publicUrl + ".");
        return new Reply(body.text(), body.html(), List.of());
    }

    /** A user's message whose MIME could not be read. */
    public Reply malformed(String reason) {
        ReplyBody body = new ReplyBody().text("Ragbook could not read your message: " + reason + ". Nothing in it was"
                + " submitted. Send the return again as an ordinary attachment, or upload it at " + publicUrl + ".");
        return new Reply(body.text(), body.html(), List.of());
    }

    private static void describe(ReplyBody body, Report report) {
        body.text(report.narrative());
        body.numbered(report.paragraphs().stream().filter(p -> !Paragraph.PURPOSE.equals(p.topic()))
                .map(Paragraph::text).toList());
        List<Report.FindingEntry> findings = report.findings();
        if (findings.isEmpty()) {
            body.text("No problems were found in the return.");
            return;
        }
        long errors = report.errorCount();
        body.text("Ragbook found " + count((int) errors, "error") + " and " + count((int) (findings.size() - errors),
                "warning") + "; each is a comment on its cell in the annotated workbook"
                + (findings.size() > FINDINGS_LISTED ? ". The first " + FINDINGS_LISTED + ":" : ":"));
        body.items(findings.stream().limit(FINDINGS_LISTED).map(Replies::finding).toList());
        if (findings.size() > FINDINGS_LISTED) {
            body.text("… and " + (findings.size() - FINDINGS_LISTED) + " more, listed on the workbook's Validation sheet.");
        }
    }

    private static String finding(Report.FindingEntry finding) {
        String where = finding.sheet() == null ? "" : finding.sheet() + (finding.cell() == null ? "" : "!"
                + finding.cell()) + ": ";
        return finding.severity() + " — " + where + finding.message();
    }

    private static void notRead(ReplyBody body, List<NotRead> notRead) {
        if (!notRead.isEmpty()) {
            body.text("Not read:");
            body.items(notRead.stream().map(n -> n.fileName() + " (" + n.why() + ")").toList());
        }
    }

    private static String quotedSubject(IncomingMail mail) {
        return mail.subject().isBlank() ? "" : " \"" + mail.subject().strip() + "\"";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
