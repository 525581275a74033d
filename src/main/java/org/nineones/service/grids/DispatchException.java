package org.nineones.service.grids;

import java.nio.file.Path;

import org.nineones.model.UserFacing;

/**
 * A report of the monthly dispatch (每月调度) or a dispatch sheet the rules refuse, with the sentence (from
 * {@code i18n/dispatch}) saying what to do; nothing was written. {@link #reason} says which rule.
 */
public final class DispatchException extends RuntimeException implements UserFacing {

    public enum Reason {
        /** A month after the current one. */
        FUTURE_MONTH,
        /** No day of the check. */
        NO_DAY,
        /** The day of the check is not in the report's month. */
        DAY_OUTSIDE_MONTH,
        /** The day of the check is after today. */
        FUTURE_DAY,
        /** Nobody named as having checked. */
        NO_CHECKER,
        /** No such area in the grid. */
        UNKNOWN_AREA,
        /** A name that fits several areas. */
        AMBIGUOUS_AREA,
        /** The area has its report for that month already. */
        ALREADY_REPORTED,
        /** A photo that is not an image. */
        NOT_AN_IMAGE,
        /** Not settled on the spot, with nothing written in 'found'. */
        NOTHING_FOUND,
        /** Not settled, and nobody in the roster to own the measure (the area has no specific responsible person). */
        NO_OWNER,
        /** A cell the sheet's rules do not take (a date, 是/否). */
        BAD_CELL,
        /** The sheet cannot be read, or has no dispatch table. */
        SHEET,
        /** Rows of the sheet in error: nothing imported. */
        ROWS,
        /** A report's photo no longer in the workspace. */
        PHOTO_GONE
    }

    private final Reason reason;
    private final transient Path file;

    public DispatchException(Reason reason, String sentence) {
        this(reason, sentence, null, null);
    }

    DispatchException(Reason reason, String sentence, Path file, Throwable cause) {
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
