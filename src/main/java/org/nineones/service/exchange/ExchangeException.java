package org.nineones.service.exchange;

import org.nineones.model.UserFacing;

/**
 * An export or import of post content that cannot go ahead. The message is one sentence for the user (from the
 * bundle) that says what to do; nothing has been written to the workspace when this is thrown.
 */
public final class ExchangeException extends Exception implements UserFacing {

    /** Why it stopped. */
    public enum Reason {
        /** The file cannot be read as a content sheet (missing, not a spreadsheet, no header…). */
        UNREADABLE,
        /** The sheet lacks a column every import needs. */
        MISSING_COLUMN,
        /** Rows have errors and invalid rows were not to be skipped. */
        INVALID_ROWS,
        /** An output file cannot be written. */
        CANNOT_WRITE
    }

    private final Reason reason;

    public ExchangeException(Reason reason, String userMessage, Throwable cause) {
        super(userMessage, cause);
        this.reason = reason;
    }

    public ExchangeException(Reason reason, String userMessage) {
        this(reason, userMessage, null);
    }

    public Reason reason() {
        return reason;
    }
}
