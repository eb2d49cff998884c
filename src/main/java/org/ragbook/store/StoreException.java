package org.ragbook.store;

/** The database could not do what was asked: unreachable, full, or refusing a statement. */
public final class StoreException extends RuntimeException {

    StoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
