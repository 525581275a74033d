package org.nineones.report;

/** A report could not be produced; nothing was written to the target file. */
public class ReportException extends Exception {

    /** What went wrong, so the caller can pick the sentence the user sees. */
    public enum Reason {
        /** The compiled template is missing from the class path or cannot be loaded (a build problem). */
        TEMPLATE,
        /** Filling the template with data failed. */
        FILL,
        /** There were no rows, so there is nothing to print. */
        EMPTY,
        /** A text did not fit its box and would have been cut off. */
        TEXT_CUT_OFF,
        /** Writing the file failed (disk full, no permission, file locked…). */
        WRITE,
        /** The caller cancelled the work. */
        CANCELLED,
        /** A PDF to show or print cannot be read (missing, not a PDF, damaged). */
        READ
    }

    private final Reason reason;

    public ReportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public ReportException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
