package org.nineones.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConnection;

/**
 * The backups of a workspace {@code W.nineones}: complete SQLite copies in the folder {@code W.nineones.backups}
 * beside it, named {@code 2026-12-06T151300-before-import.nineones} (local time, then the reason), so the names
 * sort by time. Each is taken through SQLite ({@code VACUUM INTO}, safe while the workspace is open, also on
 * Windows) into a hidden temp name in that folder and then moved into place: a backup is complete or absent.
 * A backup is itself a workspace (application id kept) that {@link Workspace#open} accepts. Decision 0017.
 */
public final class WorkspaceBackups {

    public static final String FOLDER_SUFFIX = ".backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");
    private static final Pattern NAME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}T\\d{6})-([a-z-]+)" + Pattern.quote(Workspace.EXTENSION));
    /** The tables of people's records counted as "records". */
    private static final List<String> RECORD_TABLES = List.of("letter_signature", "training_session",
            "training_attendance", "exam_result", "reward_entry", "assessment", "interview");
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceBackups.class);

    private WorkspaceBackups() {
    }

    /** The folder that holds the backups of this workspace file. */
    public static Path folderFor(Path workspaceFile) {
        Path absolute = workspaceFile.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName().toString() + FOLDER_SUFFIX);
    }

    /** Backs up an open workspace now; returns the backup's path. */
    public static Path write(Workspace workspace, BackupReason reason, LocalDateTime time) {
        synchronized (workspace) {
            try {
                return write(workspace.connection(), workspace.file(), reason, time);
            } catch (SQLException | IOException e) {
                throw new StoreException("backup of " + workspace.file() + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** Backs up through this connection to the workspace file (used by {@link Workspace#open} before migrating). */
    static Path write(Connection connection, Path workspaceFile, BackupReason reason, LocalDateTime time)
            throws SQLException, IOException {
        Path folder = folderFor(workspaceFile);
        Files.createDirectories(folder);
        LocalDateTime at = time.withNano(0);
        while (taken(folder, at)) {
            // two backups within one second: the later one takes the next second, so the names stay in order
            at = at.plusSeconds(1);
        }
        Path target = folder.resolve(name(at, reason));
        Path temp = folder.resolve("." + target.getFileName() + ".part");
        Files.deleteIfExists(temp);
        org.nineones.model.AppTemp.notePart(temp); // a killed run's part is removed at the next start
        try {
            Workspace.vacuumInto(connection, temp);
        } catch (SQLException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Workspace.moveNew(temp, target);
        LOG.info("backed up {} to {} ({})", workspaceFile, target, reason.slug());
        return target;
    }

    private static boolean taken(Path folder, LocalDateTime time) {
        for (BackupReason any : BackupReason.values()) {
            if (Files.exists(folder.resolve(name(time, any)))) {
                return true;
            }
        }
        return false;
    }

    private static String name(LocalDateTime time, BackupReason reason) {
        return STAMP.format(time) + "-" + reason.slug() + Workspace.EXTENSION;
    }

    /** The backups of this workspace file, newest first; files in the folder that are not backups are left out. */
    public static List<BackupFile> list(Path workspaceFile) {
        Path folder = folderFor(workspaceFile);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> parse(f).ifPresent(found::add));
        } catch (IOException e) {
            throw new StoreException("cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(BackupFile::time).thenComparing(b -> b.file().getFileName().toString())
                .reversed());
        return List.copyOf(found);
    }

    /** A backup file as its name tells (time, reason) with its size, or empty when the name is not a backup's. */
    public static Optional<BackupFile> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<BackupReason> reason = BackupReason.ofSlug(m.group(2));
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BackupFile(file, LocalDateTime.parse(m.group(1), STAMP), reason.get(),
                    Files.size(file)));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads what a backup (or any workspace file) holds, opening it read-only: it takes no lock and changes
     * nothing, so it works while the workspace it came from is open.
     *
     * @throws WorkspaceException NOT_FOUND, NOT_A_WORKSPACE (not SQLite, or a foreign SQLite file) or UNREADABLE
     */
    public static BackupContents inspect(Path backup) throws WorkspaceException {
        if (!Files.isRegularFile(backup)) {
            throw new WorkspaceException(WorkspaceException.Reason.NOT_FOUND, backup, "no such file: " + backup);
        }
        Workspace.checkHeader(backup);
        try (Connection c = Workspace.openReadOnly(backup)) {
            if (!Workspace.isOurs(c) || !hasTable(c, "enterprise")) {
                throw new WorkspaceException(WorkspaceException.Reason.NOT_A_WORKSPACE, backup,
                        "not a nineones workspace (a different SQLite database): " + backup);
            }
            String name;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name FROM enterprise ORDER BY id LIMIT 1")) {
                name = rs.next() ? rs.getString(1) : "";
            }
            int records = 0;
            for (String table : RECORD_TABLES) {
                records += count(c, table);
            }
            int version = hasTable(c, "flyway_schema_history")
                    ? intOf(c, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")
                    : 0;
            return new BackupContents(name, count(c, "org_unit"), count(c, "post"), count(c, "employee"), records,
                    version);
        } catch (SQLException e) {
            throw new WorkspaceException(WorkspaceException.Reason.UNREADABLE, backup,
                    "cannot read backup " + backup + ": " + e.getMessage(), e);
        }
    }

    /** The schema version of an open workspace (the newest migration applied). */
    public static int schemaVersion(Workspace workspace) {
        synchronized (workspace) {
            try {
                return intOf(workspace.connection(),
                        "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1");
            } catch (SQLException e) {
                throw new StoreException("cannot read the schema version of " + workspace.file(), e);
            }
        }
    }

    /**
     * Replaces the open workspace's whole content with the backup's, through SQLite's backup API into the
     * workspace's own connection: one write transaction (all or nothing), no file is renamed or deleted, so it
     * works while the file is open and locked (Windows). Close and open the workspace afterwards, so a backup
     * from an older version is migrated and every screen reads the restored data.
     */
    public static void restore(Workspace workspace, Path backup) {
        synchronized (workspace) {
            try {
                Connection c = workspace.connection();
                int rc = ((SQLiteConnection) c.unwrap(SQLiteConnection.class)).getDatabase()
                        .restore("main", backup.toAbsolutePath().toString(), null);
                if (rc != 0) {
                    throw new SQLException("SQLite result code " + rc);
                }
            } catch (SQLException e) {
                throw new StoreException("restore of " + workspace.file() + " from " + backup + " failed: "
                        + e.getMessage(), e);
            }
        }
        LOG.info("restored {} from {}", workspace.file(), backup);
    }


    private static boolean hasTable(Connection c, String table) throws SQLException {
        try (var ps = c.prepareStatement("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    /** Rows in a table, 0 when a backup from an older version does not have it. */
    private static int count(Connection c, String table) throws SQLException {
        return hasTable(c, table) ? intOf(c, "SELECT count(*) FROM " + table) : 0;
    }

    private static int intOf(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
