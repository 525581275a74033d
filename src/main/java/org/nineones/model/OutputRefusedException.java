package org.nineones.model;

import java.nio.file.Path;

/**
 * An output file the app will not write, because writing it would destroy something of the user's: the
 * workspace (or one of its companion files), a file the same command reads, or a folder. Nothing was written.
 */
public final class OutputRefusedException extends RuntimeException implements UserFacing {

    /** What the target would have replaced. */
    public enum Reason {
        /** An enterprise's data file ({@code *.nineones}, open or not, by any spelling or link) or its companions. */
        WORKSPACE,
        /** A file the same command reads (the spreadsheet an error report is about…). */
        INPUT,
        /** A folder, not a file. */
        FOLDER
    }

    private final Reason reason;
    private final transient Path target;

    public OutputRefusedException(Reason reason, Path target) {
        super("refused to write " + reason + ": " + target);
        this.reason = reason;
        this.target = target;
    }

    public Reason reason() {
        return reason;
    }

    public Path target() {
        return target;
    }

    @Override
    public String userMessage(Messages messages) {
        return messages.get("files.refused." + reason.name(), target);
    }
}
