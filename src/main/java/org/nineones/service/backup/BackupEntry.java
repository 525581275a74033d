package org.nineones.service.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

import org.nineones.store.BackupContents;
import org.nineones.store.BackupReason;

/** One backup as the list shows it: file, time, reason, size, and what it holds (empty when unreadable). */
public record BackupEntry(Path file, LocalDateTime time, BackupReason reason, long size,
                          Optional<BackupContents> contents) {
}
