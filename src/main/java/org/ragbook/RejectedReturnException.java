package org.ragbook;

/**
 * The root of the errors a user can cause with what they send: a file that is not a workbook, a
 * schema that does not exist, a return with no recognisable table. Every adapter maps this family
 * once (CLI exit code 2, HTTP 4xx problem+json); anything else is a programming error.
 */
public class RejectedReturnException extends RuntimeException {

    private final String where;

    public RejectedReturnException(String message) {
        this(message, null, null);
    }

    public RejectedReturnException(String message, String where, Throwable cause) {
        super(message, cause);
        this.where = where;
    }

    /** The sheet or cell the problem is at, such as {@code Indicators!F12}, or null for the whole file. */
    public String where() {
        return where;
    }

    /** The message with the place it concerns, as every adapter shows it: {@code … (at Indicators!F12)}. */
    public String userMessage() {
        return where == null ? getMessage() : getMessage() + " (at " + where + ")";
    }

    /** A stable, kebab-case name for the kind of rejection, used as the problem type. */
    public String kind() {
        return "rejected-return";
    }
}
