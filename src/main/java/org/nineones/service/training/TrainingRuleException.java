package org.nineones.service.training;

import org.nineones.model.UserFacing;

/** A training record that cannot be saved as asked; the message is one sentence for the user (from the bundle). */
public final class TrainingRuleException extends RuntimeException implements UserFacing {

    /** The form field the message is about ({@code heldOn}, {@code hours}…), or null. */
    private final String field;

    public TrainingRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
