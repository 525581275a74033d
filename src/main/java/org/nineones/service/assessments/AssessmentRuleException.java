package org.nineones.service.assessments;

import org.nineones.model.UserFacing;

/** An assessment action the rules refuse; the message is a sentence for the user saying what to do. */
public final class AssessmentRuleException extends RuntimeException implements UserFacing {

    /** The field it concerns (for dialogs), or null. */
    private final String field;

    public AssessmentRuleException(String userMessage) {
        this(null, userMessage);
    }

    public AssessmentRuleException(String field, String userMessage) {
        super(userMessage);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
