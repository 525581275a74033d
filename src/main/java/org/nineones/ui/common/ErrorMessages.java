package org.nineones.ui.common;

import java.nio.file.Path;

import org.nineones.model.Messages;
import org.nineones.model.UserFacing;
import org.nineones.pack.PackageException;
import org.nineones.report.ReportException;
import org.nineones.store.WorkspaceException;

/** Turns a failure into the sentence the user reads; the details go to the log. */
public final class ErrorMessages {

    private final Messages messages;
    private final Path logFolder;

    public ErrorMessages(Messages messages, Path logFolder) {
        this.messages = messages;
        this.logFolder = logFolder;
    }

    public String describe(String action, Throwable failure) {
        Throwable e = unwrap(failure);
        if (e instanceof WorkspaceException w) {
            return messages.get("WorkspaceException.Reason." + w.reason(), w.file());
        }
        if (e instanceof ReportException r && r.reason() == ReportException.Reason.READ) {
            return messages.get("preview.unreadable");
        }
        if (e instanceof PackageException p) {
            return messages.get("PackageException.Reason." + p.reason(), p.file());
        }
        if (e instanceof UserFacing u) {
            return u.userMessage();
        }
        String detail = isSentence(e.getMessage()) ? e.getMessage() : messages.get("ui.error.unexpected");
        return messages.get("ui.error.generic", action, detail, logFolder);
    }

    /**
     * Services that mean their message for the user write it from the bundle, in Chinese; anything else
     * (a stack-trace text such as "not built yet …") belongs in the log only.
     */
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
