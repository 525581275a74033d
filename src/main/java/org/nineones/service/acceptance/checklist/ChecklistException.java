package org.nineones.service.acceptance.checklist;

import org.nineones.model.UserFacing;

/**
 * A checklist action refused: a template that fails its check, a version already imported with other content, a file
 * that is not a checklist, a line marked 缺项 that may not be. The message is one sentence for the user naming the
 * template or line and what to do; nothing has been written when this is thrown.
 */
public final class ChecklistException extends RuntimeException implements UserFacing {

    public ChecklistException(String userMessage) {
        super(userMessage);
    }

    public ChecklistException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
