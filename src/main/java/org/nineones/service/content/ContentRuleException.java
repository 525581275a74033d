package org.nineones.service.content;

import org.nineones.model.UserFacing;

/**
 * A change to a post's safety content that the rules refuse (nothing was changed). The message is a sentence for
 * the user; {@link #key()} is its bundle key, for callers and tests that need to tell the reasons apart.
 */
public final class ContentRuleException extends RuntimeException implements UserFacing {

    private final String key;

    public ContentRuleException(String key, String userMessage) {
        super(userMessage);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
