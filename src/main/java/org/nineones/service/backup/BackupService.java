package org.nineones.service.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.nineones.model.Messages;
import org.nineones.store.BackupContents;
import org.nineones.store.BackupFile;
import org.nineones.store.BackupReason;
import org.nineones.store.StoreException;
import org.nineones.store.Workspace;
import org.nineones.store.WorkspaceBackups;
import org.nineones.store.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of a workspace (decision 0017): taken before every migration (by the store), before every import, on
 * the first open of a day and on demand, kept in rotation by {@link BackupPolicy}; listed with what each holds;
 * restored after backing up the current state.
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Messages messages;
    private final BackupPolicy policy;
    private final Clock clock;

    public BackupService(Messages messages, BackupPolicy policy, Clock clock) {
        this.messages = messages;
        this.policy = policy;
        this.clock = clock;
    }

    public BackupPolicy policy() {
        return policy;
    }

    /** The folder that holds this workspace's backups. */
    public Path folder(Path workspaceFile) {
        return WorkspaceBackups.folderFor(workspaceFile);
    }

    /** The backups of this workspace, newest first, each with what it holds (read from the backup itself). */
    public List<BackupEntry> list(Path workspaceFile) {
        List<BackupEntry> entries = new ArrayList<>();
        for (BackupFile f : WorkspaceBackups.list(workspaceFile)) {
            Optional<BackupContents> contents;
            try {
                contents = Optional.of(WorkspaceBackups.inspect(f.file()));
            } catch (WorkspaceException e) {
                LOG.warn("cannot read backup {}", f.file(), e);
                contents = Optional.empty();
            }
            entries.add(new BackupEntry(f.file(), f.time(), f.reason(), f.size(), contents));
        }
        return List.copyOf(entries);
    }

    /** A backup the user asked for (文件 → 备份与恢复 → 立即备份, {@code nineones backup}). */
    public Path backupNow(Workspace workspace) {
        return backupNow(workspace, BackupReason.MANUAL);
    }

    /**
     * Backs up the open workspace now, then drops what the rotation no longer keeps.
     *
     * @throws BackupException with a sentence for the user when the backup cannot be written
     */
    public Path backupNow(Workspace workspace, BackupReason reason) {
        Path backup = write(workspace, reason);
        rotate(workspace.file());
        return backup;
    }

    /** The backup every import takes right before it writes; the import does not run when it fails. */
    public void beforeImport(Workspace workspace) {
        backupNow(workspace, BackupReason.BEFORE_IMPORT);
    }

    /**
     * The first open of a day backs up the workspace when no backup was taken that day. A failure is logged and
     * does not keep the workspace from opening.
     */
    public Optional<Path> dailyOnOpen(Workspace workspace) {
        LocalDate today = LocalDate.now(clock);
        try {
            boolean done = WorkspaceBackups.list(workspace.file()).stream()
                    .anyMatch(b -> b.time().toLocalDate().equals(today));
            return done ? Optional.empty() : Optional.of(backupNow(workspace, BackupReason.DAILY));
        } catch (RuntimeException e) {
            LOG.warn("daily backup of {} failed", workspace.file(), e);
            return Optional.empty();
        }
    }

    /**
     * Checks that a file can be restored into this workspace and says what it holds.
     *
     * @throws BackupException when the file is missing, not a workspace (or a foreign SQLite file), unreadable, the
     *                         workspace itself, or made by a newer version
     */
    public BackupContents check(Workspace workspace, Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new BackupException(messages.get("backup.notFound", backup));
        }
        try {
            if (Files.isSameFile(backup, workspace.file())) {
                throw new BackupException(messages.get("backup.sameFile", backup));
            }
        } catch (IOException e) {
            throw new BackupException(messages.get("backup.unreadable", backup), e);
        }
        BackupContents contents;
        try {
            contents = WorkspaceBackups.inspect(backup);
        } catch (WorkspaceException e) {
            String key = switch (e.reason()) {
                case NOT_FOUND -> "backup.notFound";
                case NOT_A_WORKSPACE -> "backup.notAWorkspace";
                default -> "backup.unreadable";
            };
            throw new BackupException(messages.get(key, backup), e);
        }
        if (contents.schemaVersion() > WorkspaceBackups.schemaVersion(workspace)) {
            throw new BackupException(messages.get("backup.newer", backup));
        }
        return contents;
    }

    /**
     * Replaces the open workspace's data with the backup's, after backing up the current state (reason
     * {@link BackupReason#BEFORE_RESTORE}). The restore runs through the workspace's own SQLite connection in one
     * transaction, so it is safe while the file is open and locked (Windows). Close and open the workspace
     * afterwards: an older backup is then migrated, and every screen reads the restored data.
     */
    public RestoreResult restore(Workspace workspace, Path backup) {
        BackupContents contents = check(workspace, backup);
        // no rotation until the restore is done: it must not remove the backup being restored
        Path previous = write(workspace, BackupReason.BEFORE_RESTORE);
        try {
            WorkspaceBackups.restore(workspace, backup);
        } catch (StoreException e) {
            throw new BackupException(messages.get("backup.restoreFailed", backup), e);
        }
        rotate(workspace.file());
        return new RestoreResult(backup, contents, previous);
    }

    /** One line for people: the enterprise and its counts. */
    public String describe(BackupContents contents) {
        return messages.get("backup.contents", contents.enterpriseName(), contents.orgUnits(), contents.posts(),
                contents.people(), contents.records());
    }

    public String reasonName(BackupReason reason) {
        return messages.of(reason);
    }

    public String time(LocalDateTime time) {
        return SHOWN.format(time);
    }

    /** A file size as people read it: 512 B, 24.0 KB, 3.1 MB. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private Path write(Workspace workspace, BackupReason reason) {
        try {
            return WorkspaceBackups.write(workspace, reason, LocalDateTime.now(clock));
        } catch (StoreException e) {
            throw new BackupException(messages.get("backup.failed", folder(workspace.file())), e);
        }
    }

    /** Keeps the newest {@code keep} and drops those older than {@code maxAgeDays}; never the newest. */
    void rotate(Path workspaceFile) {
        List<BackupFile> all = WorkspaceBackups.list(workspaceFile);
        LocalDateTime oldest = policy.maxAgeDays() == 0 ? null
                : LocalDateTime.now(clock).minusDays(policy.maxAgeDays());
        for (int i = 1; i < all.size(); i++) {
            BackupFile b = all.get(i);
            boolean tooMany = policy.keep() > 0 && i >= policy.keep();
            boolean tooOld = oldest != null && b.time().isBefore(oldest);
            if (tooMany || tooOld) {
                try {
                    Files.deleteIfExists(b.file());
                    LOG.info("removed old backup {}", b.file());
                } catch (IOException e) {
                    LOG.warn("could not remove old backup {}", b.file(), e);
                }
            }
        }
    }
}
