package org.ragbook.mail;

import org.ragbook.report.Report;

/**
 * How one attached return ended, for its part of the reply.
 *
 * @param status    annotated, rejected or failed, as the submission's status
 * @param report    the report when annotated; null otherwise
 * @param error     why it was rejected or failed; null when annotated
 * @param link      the submission on the web page
 * @param annotated the annotated workbook to attach; null unless annotated
 */
public record ReturnAnswer(String fileName, String status, Report report, String error, String link,
        Attachment annotated) {
}
