package org.nineones.service.ledger;

import java.nio.file.Path;

import org.nineones.service.Progress;
import org.nineones.service.backup.BackupHook;
import org.nineones.store.Workspace;

/** A ledger whose import backs up the workspace right before it writes (decision 0017); the rest is delegated. */
public final class BackedUpLedger implements Ledger {

    private final Ledger ledger;
    private final BackupHook beforeImport;

    BackedUpLedger(Ledger ledger, BackupHook beforeImport) {
        this.ledger = ledger;
        this.beforeImport = beforeImport;
    }

    /** A ledger outside the registry of features (the problem list) that backs up before its import writes. */
    public static Ledger around(Ledger ledger, BackupHook beforeImport) {
        return new BackedUpLedger(ledger, beforeImport);
    }

    @Override
    public String key() {
        return ledger.key();
    }

    @Override
    public String titleKey() {
        return ledger.titleKey();
    }

    @Override
    public boolean importable() {
        return ledger.importable();
    }

    @Override
    public boolean packaged() {
        return ledger.packaged();
    }

    @Override
    public LedgerPreview preview(Workspace workspace, Path file, Progress progress) throws LedgerException {
        return ledger.preview(workspace, file, progress);
    }

    @Override
    public void writeErrorReport(LedgerPreview preview, Path report) throws LedgerException {
        ledger.writeErrorReport(preview, report);
    }

    @Override
    public LedgerImportResult commit(Workspace workspace, LedgerPreview preview, boolean skipInvalid,
                                     Progress progress) throws LedgerException {
        if (!preview.hasErrors() || skipInvalid) {
            // a refused import writes nothing, so it needs no backup
            beforeImport.backUp(workspace);
        }
        return ledger.commit(workspace, preview, skipInvalid, progress);
    }

    @Override
    public int export(Workspace workspace, Path target, Progress progress) throws LedgerException {
        return ledger.export(workspace, target, progress);
    }

    @Override
    public String toString() {
        return ledger.toString();
    }
}
