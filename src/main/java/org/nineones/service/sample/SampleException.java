package org.nineones.service.sample;

import org.nineones.model.UserFacing;

/**
 * The sample enterprise could not be made or opened. {@link #getMessage()} is a sentence for the user (from the
 * bundle) that says what to do; the cause has the details.
 */
public final class SampleException extends RuntimeException implements UserFacing {

    private static final long serialVersionUID = 1L;

    public SampleException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
