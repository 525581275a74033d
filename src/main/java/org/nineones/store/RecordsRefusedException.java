package org.nineones.store;

/** A records document ({@link RecordTables}) that cannot be loaded: not one of ours, or from a newer version. */
public final class RecordsRefusedException extends RuntimeException {

    /** Why it was refused. */
    public enum Reason { FOREIGN, NEWER }

    private final Reason reason;

    public RecordsRefusedException(Reason reason, String detail) {
        super("records document refused (" + reason + "): " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
