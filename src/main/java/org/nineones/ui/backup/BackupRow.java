package org.nineones.ui.backup;

import java.nio.file.Path;

/** One backup as the list shows it: time, reason, size and contents as text, and the file. */
public record BackupRow(Path file, String time, String reason, String size, String contents) {
}
