package org.nineones.service.org;

/** A change to the org tree or its posts that the rules refuse; the message is a sentence for the user. */
public final class OrgRuleException extends RuntimeException {

    public OrgRuleException(String userMessage) {
        super(userMessage);
    }
}
