package org.nineones.service.ledger;

import java.nio.file.Path;

import org.nineones.service.Progress;
import org.nineones.store.Workspace;

/**
 * One ledger of people's records (training sessions, attendance, exam results, rewards and penalties, assessments,
 * letters) as a spreadsheet: exported whole, imported through the shared pipeline (TableReader with the ledger's
 * header variants → row checks with Excel's row numbers → preview → one transaction with audit entries, all or
 * nothing → error report). The command line's {@code import --kind} and {@code export --kind} and the GUI reach
 * every ledger through this contract; {@link Ledgers} lists them.
 */
public interface Ledger {

    /** The command line's name for it, e.g. {@code attendance}. */
    String key();

    /** The bundle key of its name for people, e.g. 培训签到. */
    String titleKey();

    /** True when the ledger can be imported; some are export only. */
    default boolean importable() {
        return true;
    }

    /**
     * True when the acceptance package carries it (and the inspector reads it from the package's records); the
     * problem list is the enterprise's own, answered to an inspector through its closing package instead.
     */
    default boolean packaged() {
        return true;
    }

    /**
     * Reads and checks a spreadsheet; writes nothing.
     *
     * @throws LedgerException with a sentence for the user when the file cannot be read as this ledger
     */
    LedgerPreview preview(Workspace workspace, Path file, Progress progress) throws LedgerException;

    /**
     * Writes the rows with errors, as they were, with the offending cells filled and a message column; never over the
     * file the preview read ({@link LedgerException.Reason#CANNOT_WRITE}, saying to choose another name).
     */
    void writeErrorReport(LedgerPreview preview, Path report) throws LedgerException;

    /**
     * Writes the checked rows in one transaction with their audit entries. With rows in error it refuses
     * ({@link LedgerException.Reason#INVALID_ROWS}) unless {@code skipInvalid}.
     */
    LedgerImportResult commit(Workspace workspace, LedgerPreview preview, boolean skipInvalid, Progress progress)
            throws LedgerException;

    /**
     * Writes the whole ledger, the records in force, to an .xlsx file that {@link #preview} reads back.
     *
     * @return the number of data rows written
     */
    int export(Workspace workspace, Path target, Progress progress) throws LedgerException;
}
