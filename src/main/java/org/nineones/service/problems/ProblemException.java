package org.nineones.service.problems;

import org.nineones.model.UserFacing;

/**
 * A change of the problem list the rules refuse, with the sentence (from {@code i18n/problems}) saying what to do;
 * nothing was written. {@link #reason} says which rule, for a front end to mark the field.
 */
public final class ProblemException extends RuntimeException implements UserFacing {

    public enum Reason {
        /** A problem without what was seen. */
        NO_SEEN,
        /** A measure without its text. */
        NO_TEXT,
        /** A measure without an owner. */
        NO_OWNER,
        /** A measure without a deadline. */
        NO_DEADLINE,
        /** An owner who is not in the roster. */
        UNKNOWN_OWNER,
        /** An owner who has left the enterprise. */
        OWNER_LEFT,
        /** No problem of that number. */
        UNKNOWN_PROBLEM,
        /** No measure of that number. */
        UNKNOWN_MEASURE,
        /** The measure is verified: final. */
        VERIFIED,
        /** The measure has that status already. */
        SAME_STATUS,
        /** A status the command line does not know. */
        UNKNOWN_STATUS,
        /** Verified before it is done. */
        NOT_DONE,
        /** Done without any evidence. */
        NO_EVIDENCE,
        /** A record of duty performance that does not exist. */
        UNKNOWN_RECORD,
        /** A correction, or a status taken back, without its reason. */
        NO_REASON,
        /** A correction that changes nothing. */
        NOTHING_CORRECTED,
        /** A findings file for another enterprise. */
        OTHER_ENTERPRISE,
        /** No signed self-assessment to take problems from. */
        NO_SELF_ASSESSMENT,
        /** A closing package asked for a findings file not imported in this workspace. */
        UNKNOWN_FINDINGS
    }

    private final Reason reason;

    public ProblemException(Reason reason, String sentence) {
        super(sentence);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
