package org.nineones.excel;

/** A file that cannot be read as a roster at all; the reason decides the message the user sees. */
public final class SpreadsheetException extends Exception {

    /** Why the file as a whole was refused. */
    public enum Reason { NOT_FOUND, EMPTY, NOT_A_SPREADSHEET, ENCRYPTED, CORRUPT, SHEET_NOT_FOUND, NO_HEADER, TOO_MANY_ROWS,
        /** The user cancelled while the file was being read. */
        CANCELLED }

    private final Reason reason;

    public SpreadsheetException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public SpreadsheetException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public Reason reason() {
        return reason;
    }
}
