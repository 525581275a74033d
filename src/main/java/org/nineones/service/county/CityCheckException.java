package org.nineones.service.county;

import java.nio.file.Path;

import org.nineones.model.UserFacing;

/**
 * Something asked of the city's spot check is refused (decision 0027): its sentence, from the bundles, says why and
 * what to do. Nothing was written.
 */
public final class CityCheckException extends RuntimeException implements UserFacing {

    public enum Reason {
        /** The desk file named does not exist. */
        NO_DESK,
        /** No inspection on the desk names this county. */
        UNKNOWN_COUNTY,
        /** The county (or its part of the batch) has no accepted enterprise with a credit code to draw from. */
        NONE_ACCEPTED,
        /** No check on the desk has this id. */
        UNKNOWN_CHECK,
        /** An inspection file loaded as the city's holds an inspection the desk keeps as a county's. */
        COUNTY_INSPECTION
    }

    private final Reason reason;
    private final transient Path file;

    public CityCheckException(Reason reason, String sentence, Path file) {
        super(sentence);
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
