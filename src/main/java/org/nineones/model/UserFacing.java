package org.nineones.model;

/**
 * A failure whose message is meant for the person using the app: one sentence from the bundles that says what
 * happened and what to do. The GUI ({@code ErrorMessages}) and the command line show it as it is; any other
 * failure is shown as a generic sentence, its details going to the log. Every service exception that refuses a
 * user's action implements this, so no list of exception types has to be kept anywhere.
 */
public interface UserFacing {

    /** The sentence for the user; by default the exception's message. */
    default String userMessage() {
        return ((Throwable) this).getMessage();
    }
}
