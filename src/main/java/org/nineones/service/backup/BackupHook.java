package org.nineones.service.backup;

import org.nineones.store.Workspace;

/**
 * Backs up a workspace at a given moment (before an import writes, on the first open of a day). The services
 * that import take one, so each kind of import has one call site; {@link #NONE} for tests that need no backups.
 */
@FunctionalInterface
public interface BackupHook {

    BackupHook NONE = workspace -> { };

    void backUp(Workspace workspace);
}
