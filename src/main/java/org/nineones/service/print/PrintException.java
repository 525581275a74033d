package org.nineones.service.print;

/** Nothing was printed; the message is the sentence to show the user. No file was written. */
public final class PrintException extends RuntimeException {

    public PrintException(String message, Throwable cause) {
        super(message, cause);
    }

    public PrintException(String message) {
        super(message);
    }
}
