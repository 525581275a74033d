package org.nineones.service.backup;

import java.nio.file.Path;

import org.nineones.store.BackupContents;

/** A finished restore: what the restored backup held, and the backup of the state it replaced. */
public record RestoreResult(Path restoredFrom, BackupContents contents, Path previousState) {
}
