package org.nineones.service.letters;

import org.nineones.model.UserFacing;

/** A signing or correction that was refused; the message is the sentence to show. Nothing was written. */
public final class LetterRuleException extends RuntimeException implements UserFacing {

    private final String field;

    public LetterRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The dialog field the message belongs to ({@code date}, {@code file}, {@code reason}…), or "" for none. */
    public String field() {
        return field;
    }
}
