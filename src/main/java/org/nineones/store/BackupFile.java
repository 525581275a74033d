package org.nineones.store;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup in a workspace's backup folder, as its file name and size tell. */
public record BackupFile(Path file, LocalDateTime time, BackupReason reason, long size) {
}
