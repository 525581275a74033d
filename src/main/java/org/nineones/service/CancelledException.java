package org.nineones.service;

/** The user cancelled slow work; whatever it was writing has been rolled back or removed. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
