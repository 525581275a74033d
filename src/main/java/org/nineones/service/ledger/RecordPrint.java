package org.nineones.service.ledger;

import java.nio.file.Path;

import org.nineones.service.Progress;
import org.nineones.service.print.PrintException;
import org.nineones.store.Workspace;

/**
 * One printout of people's records (responsibility letters, per-person training files, exam papers, the reward and
 * penalty publicity sheet), reached from the command line's {@code print --kind} and the GUI's print preview through
 * {@link RecordPrints}. A PDF on A4 through JasperReports, with the bundled font embedded.
 */
public interface RecordPrint {

    /** The command line's {@code --kind}, e.g. {@code letters}. */
    String key();

    /** The bundle key of its name for people, e.g. 安全生产责任书. */
    String titleKey();

    /**
     * True when the printout needs nothing but the day ({@link RecordPrintRequest#all}): it is then offered in the
     * 打印预览 menu. An exam paper needs its exam, so it is printed from its own tab or with {@code --exam}.
     */
    default boolean printsAll() {
        return true;
    }

    /**
     * Prints to {@code target} (written beside it and moved into place).
     *
     * @throws PrintException with a sentence for the user; {@link PrintException#nothingToPrint()} when the request
     *                        selects nothing
     */
    RecordPrintResult print(Workspace workspace, RecordPrintRequest request, Path target, Progress progress);
}
