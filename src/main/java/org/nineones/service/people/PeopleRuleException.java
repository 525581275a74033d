package org.nineones.service.people;

import org.nineones.model.UserFacing;

/** A change to the employees that the rules refuse; the message is a sentence for the user. */
public final class PeopleRuleException extends RuntimeException implements UserFacing {

    public PeopleRuleException(String userMessage) {
        super(userMessage);
    }
}
