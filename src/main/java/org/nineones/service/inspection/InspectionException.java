package org.nineones.service.inspection;

import java.nio.file.Path;

import org.nineones.model.UserFacing;

/**
 * Something the inspector asked is refused (a draw, a package opened in the inspection file…): its sentence, from the
 * bundles, says why and what to do; {@link #reason} tells the exit code.
 */
public final class InspectionException extends RuntimeException implements UserFacing {

    public enum Reason {
        /** The package does not match its manifest: altered, missing or extra files, truncated. */
        ALTERED,
        /** Not a package of this app (not a zip, no manifest, a foreign one, newer, no records). */
        NOT_A_PACKAGE,
        /** A seed, size or rule the draw cannot take, or nobody to draw. */
        BAD_INPUT,
        /** The fingerprint the inspector typed from the cover letter is not the package's. */
        FINGERPRINT_DIFFERS,
        /**
         * A spot-check step its state does not allow: a redraw after ratings, a worker not drawn, rated or replaced
         * already, nobody left to replace, or a rating or replacement lacking what it needs.
         */
        SPOT_CHECK
    }

    private final Reason reason;
    private final transient Path file;

    public InspectionException(Reason reason, String sentence, Path file, Throwable cause) {
        super(sentence, cause);
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
