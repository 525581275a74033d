package org.nineones.ui.common;

import java.nio.file.Path;

import org.nineones.model.Failures;
import org.nineones.model.Messages;

/** Turns a failure into the sentence the user reads ({@link Failures#sentence}, shared with the command line); the details go to the log. */
public final class ErrorMessages {

    private final Messages messages;
    private final Path logFolder;

    public ErrorMessages(Messages messages, Path logFolder) {
        this.messages = messages;
        this.logFolder = logFolder;
    }

    public String describe(String action, Throwable failure) {
        Throwable e = unwrap(failure);
        return Failures.sentence(e, messages).orElseGet(() -> messages.get("ui.error.generic", action,
                isSentence(e.getMessage()) ? e.getMessage() : messages.get("ui.error.unexpected"), logFolder));
    }

    /** A message written for people (from the bundle, in Chinese) is worth showing; any other belongs in the log only. */
    private static boolean isSentence(String message) {
        return message != null && message.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof java.util.concurrent.ExecutionException
                || current instanceof java.lang.reflect.InvocationTargetException
                || (current instanceof RuntimeException && current.getClass() == RuntimeException.class))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
