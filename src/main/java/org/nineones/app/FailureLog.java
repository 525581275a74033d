package org.nineones.app;

import org.nineones.model.Failures;
import org.slf4j.Logger;

/**
 * How the front ends log a failure they tell the user about: a refusal (the user's sentence says it all) in one line
 * at INFO, a problem of the disk or file system in one line at WARN, anything else — a bug — at ERROR with its stack
 * trace. So the log, and the tests' output, show a stack trace only where there is something to mend.
 */
public final class FailureLog {

    private FailureLog() {
    }

    public static void log(Logger log, String what, Throwable failure) {
        if (Failures.isRefusal(failure)) {
            log.info("{} refused: {}", what, Failures.summary(failure));
        } else if (Failures.fileProblem(failure).isPresent()) {
            log.warn("{} failed, {}: {}", what, Failures.fileProblem(failure).get(), Failures.summary(failure));
        } else {
            log.error("{} failed", what, failure);
        }
    }
}
