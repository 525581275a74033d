package org.nineones.report;

import java.nio.file.Path;

import org.nineones.model.Messages;
import org.nineones.model.UserFacing;

/**
 * A PDF to show or print cannot be read: it was deleted, is not a PDF or is damaged. The user's sentence says to
 * make it again; the log gets one line, not a stack trace, since nothing in the app is wrong.
 */
public final class UnreadablePdfException extends ReportException implements UserFacing {

    private final transient Path pdf;

    public UnreadablePdfException(Path pdf, Throwable cause) {
        super(Reason.READ, "cannot read the PDF " + pdf + ": " + cause.getMessage(), cause);
        this.pdf = pdf;
    }

    @Override
    public String userMessage(Messages messages) {
        return messages.get("preview.unreadable");
    }

    @Override
    public Path subject() {
        return pdf;
    }
}
