package org.nineones.store;

/** A database operation failed; the transaction it was part of has been rolled back. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
