package org.nineones.service.acceptance;

import org.nineones.model.UserFacing;

/** A judgement of a checklist line refused, with the sentence saying what to do; nothing was written. */
public final class JudgementException extends RuntimeException implements UserFacing {

    private final String field;

    public JudgementException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault (line, verdict, points, note, records), for a dialog to mark. */
    public String field() {
        return field;
    }
}
