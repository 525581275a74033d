package org.nineones.service.backup;

import org.nineones.model.UserFacing;

/** A backup or restore refused or failed; the message is a sentence for the user. */
public final class BackupException extends RuntimeException implements UserFacing {

    private static final long serialVersionUID = 1L;

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
