package org.ragbook.report;

/**
 * Where the web page shows one submission: the address written into mail replies and the lead's
 * pack, so that a click opens the page (signing in first) rather than the API's JSON.
 */
public final class SubmissionPage {

    private SubmissionPage() {
    }

    /** The path and query, to follow the service's base address: {@code /?submission=ID}. */
    public static String path(String submissionId) {
        return "/?submission=" + submissionId;
    }
}
