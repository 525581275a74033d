package org.nineones.service.inspection;

import org.nineones.model.UserFacing;

/**
 * Something the inspector asked of the review is refused (a score, a judgement, a finding, the signature): its
 * sentence, from the bundles, says why and what to do; {@link #reason} tells which refusal it is. Nothing was written.
 */
public final class InspectionReviewException extends RuntimeException implements UserFacing {

    public enum Reason {
        /** The template in force has no line of that id. */
        UNKNOWN_LINE,
        /** A score below zero or above the line's points. */
        SCORE_RANGE,
        /** A score changed without a reason. */
        NO_REASON,
        /** A score given to a veto line (it has none: judge it). */
        VETO_LINE,
        /** A judgement that does not suit the line (the enterprise side's own refusal sentence). */
        JUDGEMENT,
        /** A photo that cannot be read or is too large. */
        PHOTO,
        /** A template file that is not a usable checklist. */
        TEMPLATE,
        /** A finding without a deadline. */
        NO_DEADLINE,
        /** A finding that says nothing of what was seen. */
        NO_SEEN,
        /** A finding asked from a line without deduction or veto. */
        NOTHING_TO_FIND,
        /** Anything changed after the on-site record was signed. */
        SIGNED,
        /** The on-site record signed a second time. */
        SIGNED_TWICE,
        /** The on-site record lacks a field it needs to be signed. */
        RECORD_INCOMPLETE,
        /** A paper that needs the signed on-site record (the opinion, the findings file) asked before signing. */
        NOT_SIGNED
    }

    private final Reason reason;
    private final String field;

    public InspectionReviewException(Reason reason, String sentence) {
        this(reason, "", sentence, null);
    }

    public InspectionReviewException(Reason reason, String field, String sentence, Throwable cause) {
        super(sentence, cause);
        this.reason = reason;
        this.field = field == null ? "" : field;
    }

    public Reason reason() {
        return reason;
    }

    /** The field at fault, for a dialog to mark (score, reason, verdict, points, note, photos, deadline…); may be empty. */
    public String field() {
        return field;
    }
}
