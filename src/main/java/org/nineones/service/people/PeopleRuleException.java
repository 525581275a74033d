package org.nineones.service.people;

/** A change to the employees that the rules refuse; the message is a sentence for the user. */
public final class PeopleRuleException extends RuntimeException {

    public PeopleRuleException(String userMessage) {
        super(userMessage);
    }
}
