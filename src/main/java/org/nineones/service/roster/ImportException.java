package org.nineones.service.roster;

import org.nineones.model.UserFacing;

/**
 * An import that cannot go ahead. The message is one sentence for the user (from the bundle) that says what to do;
 * nothing has been written when this is thrown.
 */
public final class ImportException extends Exception implements UserFacing {

    /** Why the import stopped. */
    public enum Reason {
        NOT_FOUND, EMPTY, NOT_A_SPREADSHEET, ENCRYPTED, CORRUPT, SHEET_NOT_FOUND, NO_HEADER, TOO_MANY_ROWS,
        MISSING_COLUMN, UNKNOWN_HEADER, UNKNOWN_FIELD, INVALID_ROWS, CANNOT_WRITE,
        /** The roster has a header but no people under it. */
        NO_PEOPLE,
        /** A column that looks like org units or posts would not be imported, and the user has not said to ignore it. */
        UNUSED_COLUMN
    }

    private final Reason reason;

    public ImportException(Reason reason, String userMessage, Throwable cause) {
        super(userMessage, cause);
        this.reason = reason;
    }

    public ImportException(Reason reason, String userMessage) {
        this(reason, userMessage, null);
    }

    public Reason reason() {
        return reason;
    }
}
