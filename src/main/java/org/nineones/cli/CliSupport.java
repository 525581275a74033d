package org.nineones.cli;

import java.nio.file.Path;

import org.nineones.model.CreditCode;
import org.nineones.model.Messages;
import org.nineones.model.UserFacing;
import org.nineones.store.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every command shares: turning failures into one clear sentence. */
final class CliSupport {

    static final Logger LOG = LoggerFactory.getLogger("org.nineones.cli");

    private CliSupport() {
    }

    static String describe(Throwable e, Messages messages) {
        if (e instanceof WorkspaceException we) {
            return messages.get("WorkspaceException.Reason." + we.reason().name(), display(we.file()));
        }
        if (e instanceof UserFacing u) {
            return u.userMessage();
        }
        if (e instanceof IllegalArgumentException && e.getMessage() != null) {
            return e.getMessage();
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    static String display(Path path) {
        return path == null ? "" : path.toString();
    }

    static String creditCodeProblem(String code, Messages messages) {
        CreditCode.Check check = CreditCode.check(code);
        return check.valid() ? null : messages.of(check.problem());
    }
}
