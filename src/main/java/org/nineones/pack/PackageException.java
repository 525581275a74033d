package org.nineones.pack;

import java.nio.file.Path;

import org.nineones.model.Messages;
import org.nineones.model.UserFacing;

/**
 * A package file could not be read or written at all (as opposed to a package that was read and found altered,
 * which {@link VerificationResult} reports). The message bundle has a sentence per {@link Reason}.
 */
public final class PackageException extends RuntimeException implements UserFacing {

    public enum Reason { NOT_FOUND, IS_FOLDER, UNREADABLE, WRITE_FAILED }

    private final Reason reason;
    private final transient Path file;

    public PackageException(Reason reason, Path file, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    @Override
    public String userMessage(Messages messages) {
        return messages.get("PackageException.Reason." + reason.name(), file == null ? "" : file);
    }

    @Override
    public Path subject() {
        return file;
    }
}
