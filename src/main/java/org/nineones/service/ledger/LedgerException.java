package org.nineones.service.ledger;

import org.nineones.model.UserFacing;

/**
 * A ledger import or export that cannot go ahead. The message is one sentence for the user (from the bundle) that
 * says what to do; nothing has been written to the workspace when this is thrown.
 */
public final class LedgerException extends Exception implements UserFacing {

    /** Why it stopped. */
    public enum Reason {
        /** The file cannot be read as this ledger (missing, not a spreadsheet, no header…). */
        UNREADABLE,
        /** The sheet lacks a column the import needs. */
        MISSING_COLUMN,
        /** Rows have errors and invalid rows were not to be skipped. */
        INVALID_ROWS,
        /** An output file cannot be written. */
        CANNOT_WRITE
    }

    private final Reason reason;

    public LedgerException(Reason reason, String userMessage, Throwable cause) {
        super(userMessage, cause);
        this.reason = reason;
    }

    public LedgerException(Reason reason, String userMessage) {
        this(reason, userMessage, null);
    }

    public Reason reason() {
        return reason;
    }
}
