package org.nineones.service.records;

import org.nineones.model.UserFacing;

/** A duty record or correction the rules refuse, with the sentence saying what to do; nothing was written. */
public final class RecordRuleException extends RuntimeException implements UserFacing {

    private final String field;

    public RecordRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault (kind, title, date, item, people, unit, reason, record), for a dialog to mark. */
    public String field() {
        return field;
    }
}
