package org.nineones.service.acceptance;

import java.nio.file.Path;

import org.nineones.model.UserFacing;

/** The records form of a package cannot be loaded for recomputing: altered, missing, foreign or newer. */
public final class RecomputeException extends RuntimeException implements UserFacing {

    private final transient Path file;

    public RecomputeException(String message, Path file) {
        super(message);
        this.file = file;
    }

    public RecomputeException(String message, Path file, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    @Override
    public Path subject() {
        return file;
    }
}
