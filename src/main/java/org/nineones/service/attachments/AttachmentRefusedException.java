package org.nineones.service.attachments;

import java.nio.file.Path;

import org.nineones.model.UserFacing;

/** A file that cannot be kept with a record, with the sentence naming it and why; nothing was written. */
public final class AttachmentRefusedException extends RuntimeException implements UserFacing {

    /** Why a file is refused; the sentence is {@code attachments.refused.<REASON>} in the bundles. */
    public enum Reason {
        MISSING, FOLDER, EMPTY, TOO_LARGE, UNSUPPORTED, MISMATCH, UNREADABLE
    }

    private final Reason reason;
    private final transient Path file;

    AttachmentRefusedException(Reason reason, Path file, String message) {
        super(message);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public Path subject() {
        return file;
    }
}
