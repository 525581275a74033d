package org.nineones.store;

import java.nio.file.Path;

import org.nineones.model.Messages;
import org.nineones.model.UserFacing;

/**
 * Why a workspace, or an inspector's inspection file, could not be created or opened. Nothing in the file has been
 * changed when this is thrown.
 */
public final class WorkspaceException extends Exception implements UserFacing {

    public enum Reason { NOT_FOUND, ALREADY_EXISTS, NOT_A_WORKSPACE, NEWER_VERSION, ALREADY_OPEN, UNREADABLE, CANNOT_CREATE,
        INCOMPLETE,
        /** An inspector's inspection file given where an enterprise workspace was expected (decision 0024). */
        INSPECTION_FILE,
        /** Not an inspection file of ours at all. */
        NOT_AN_INSPECTION_FILE,
        /** An enterprise workspace given where an inspection file was expected. */
        ENTERPRISE_WORKSPACE,
        /** Not a county desk file of ours (decision 0025). */
        NOT_A_DESK }

    private final Reason reason;
    private final transient Path file;

    public WorkspaceException(Reason reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
    }

    public WorkspaceException(Reason reason, Path file, String message) {
        this(reason, file, message, null);
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    @Override
    public String userMessage(Messages messages) {
        return messages.get("WorkspaceException.Reason." + reason.name(), file == null ? "" : file);
    }

    @Override
    public Path subject() {
        return file;
    }
}
