package org.ragbook.read;

import org.ragbook.RejectedReturnException;

/** The upload is not a file Ragbook can read: an .xls, a renamed CSV, a protected or truncated file. */
public final class UnreadableReturnException extends RejectedReturnException {

    public UnreadableReturnException(String message, Throwable cause) {
        super(message, null, cause);
    }

    @Override
    public String kind() {
        return "unreadable-file";
    }
}
