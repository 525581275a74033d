package org.nineones.model;

/**
 * A failure whose message is meant for the person using the app: one sentence from the bundles that says what
 * happened and what to do. The GUI ({@code ErrorMessages}) and the command line show it through
 * {@link Failures#sentence}; any other failure is shown as a generic sentence, its details going to the log. Every
 * exception that refuses a user's action implements this, so no list of exception types is kept anywhere.
 */
public interface UserFacing {

    /** The sentence for the user; by default the exception's message, which such exceptions take from the bundles. */
    default String userMessage(Messages messages) {
        return ((Throwable) this).getMessage();
    }

    /** The file the refusal is about, when there is one (named in sentences about the disk or file system). */
    default java.nio.file.Path subject() {
        return null;
    }
}
