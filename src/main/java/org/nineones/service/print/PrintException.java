package org.nineones.service.print;

import org.nineones.model.UserFacing;

/** Nothing was printed; the message is the sentence to show the user. No file was written. */
public final class PrintException extends RuntimeException implements UserFacing {

    private final boolean nothingToPrint;

    public PrintException(String message, Throwable cause) {
        super(message, cause);
        this.nothingToPrint = false;
    }

    public PrintException(String message) {
        this(message, false);
    }

    private PrintException(String message, boolean nothingToPrint) {
        super(message);
        this.nothingToPrint = nothingToPrint;
    }

    /** There was nothing of the kind to print (no people, no post with such content): not a failure. */
    public static PrintException nothing(String message) {
        return new PrintException(message, true);
    }

    /** True when nothing of the kind exists to print, rather than printing having failed. */
    public boolean nothingToPrint() {
        return nothingToPrint;
    }
}
