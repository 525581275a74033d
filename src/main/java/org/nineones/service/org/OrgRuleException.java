package org.nineones.service.org;

import org.nineones.model.UserFacing;

/** A change to the org tree or its posts that the rules refuse; the message is a sentence for the user. */
public final class OrgRuleException extends RuntimeException implements UserFacing {

    public OrgRuleException(String userMessage) {
        super(userMessage);
    }
}
