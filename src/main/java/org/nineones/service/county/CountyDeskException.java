package org.nineones.service.county;

import java.nio.file.Path;

import org.nineones.model.UserFacing;

/**
 * Something asked of the county desk is refused (a batch sheet that cannot be read, has duplicate or invalid credit
 * codes, lacks a column…; an inspection file of the city's re-inspections loaded as a county's): its sentence, from the bundles, says why and what to do. Nothing was written.
 */
public final class CountyDeskException extends RuntimeException implements UserFacing {

    public enum Reason {
        /** The batch sheet cannot be read or is not a batch sheet. */
        BATCH_FILE,
        /** Rows of the batch sheet are wrong (duplicate or invalid credit codes, missing names or counties). */
        BATCH_ROWS,
        /** An inspection file holds an inspection the desk keeps as the city's re-inspection (decision 0027). */
        CITY_INSPECTION
    }

    private final Reason reason;
    private final transient Path file;

    public CountyDeskException(Reason reason, String sentence, Path file, Throwable cause) {
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
