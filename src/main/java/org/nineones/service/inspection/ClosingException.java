package org.nineones.service.inspection;

import org.nineones.model.UserFacing;

/**
 * A closing package, or a decision on a finding, the inspector's side refuses, with the sentence (from
 * {@code i18n/closing}) saying what to do; nothing was written. {@link #reason} says which rule.
 */
public final class ClosingException extends RuntimeException implements UserFacing {

    public enum Reason {
        /** The package answers an inspection this file does not hold. */
        UNKNOWN_INSPECTION,
        /** The package is another enterprise's than the inspection's. */
        OTHER_ENTERPRISE,
        /** The package answers a finding the inspection does not have. */
        UNKNOWN_FINDINGS,
        /** The inspection is not signed: it issued no findings file yet. */
        NOT_SIGNED,
        /** No finding of that uid in the inspection. */
        UNKNOWN_FINDING,
        /** Accepting a finding whose measures are not all done. */
        NOT_DONE,
        /** Accepting a finding accepted already. */
        ACCEPTED,
        /** Sending back a finding that is not rectified. */
        NOT_CLOSED,
        /** Sending back without the reason. */
        NO_REASON
    }

    private final Reason reason;

    public ClosingException(Reason reason, String sentence) {
        super(sentence);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
