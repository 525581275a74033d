package org.nineones.service.templates;

import org.nineones.model.UserFacing;

/**
 * Applying a template was refused (nothing was changed). The message is a sentence for the user; {@link #key()}
 * is its bundle key, for callers and tests that need to tell the reasons apart.
 */
public final class TemplateRuleException extends RuntimeException implements UserFacing {

    private final String key;

    TemplateRuleException(String key, String userMessage) {
        super(userMessage);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
