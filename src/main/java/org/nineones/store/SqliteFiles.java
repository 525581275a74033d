package org.nineones.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Properties;
import java.util.function.Predicate;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.nineones.model.AppTemp;
import org.nineones.model.SafeFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;

/**
 * What the two kinds of SQLite file of ours share (decision 0024): an enterprise's {@link Workspace} and an
 * inspector's {@link InspectionFile}. Connections and their settings, the application id in the header, the quick
 * check that there is nothing to migrate, Flyway for one migration set, moving a finished file into place.
 */
final class SqliteFiles {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteFiles.class);

    private SqliteFiles() {
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    static Connection connect(Path file) throws SQLException {
        Properties props = new Properties();
        props.setProperty("foreign_keys", "true");
        return DriverManager.getConnection(url(file), props);
    }

    /** The settings every connection of ours works with. */
    static Connection configured(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("PRAGMA synchronous = NORMAL");
        }
        return c;
    }

    /** A read-only connection: takes no lock of ours and changes nothing. */
    static Connection openReadOnly(Path file) throws SQLException {
        org.sqlite.SQLiteConfig readOnly = new org.sqlite.SQLiteConfig();
        readOnly.setReadOnly(true);
        return readOnly.createConnection(url(file));
    }

    /** The {@code PRAGMA application_id} in the file's header: which kind of file of ours it is, if any. */
    static int applicationId(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA application_id")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Marks a new, empty database as a file of one kind, in WAL mode. */
    static void mark(Path file, int applicationId) throws SQLException {
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + applicationId);
            s.execute("PRAGMA journal_mode = WAL");
        }
    }

    /** Flyway over one set of migrations ({@code classpath:db/…}) for one file. */
    static Flyway flyway(Path file, String location) {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl(url(file));
        ds.setEnforceForeignKeys(true);
        return Flyway.configure(SqliteFiles.class.getClassLoader())
                .dataSource(ds)
                .locations(location)
                .validateOnMigrate(true)
                .load();
    }

    /**
     * True when the migration history holds exactly {@code V1} to {@code V<schemaVersion>}, each applied
     * successfully: then there is nothing for Flyway to do (decision 0019: Flyway's start costs more than everything
     * else an open does). Anything else — a pending, a failed, a newer or an unknown migration, no history table —
     * goes the full way through Flyway.
     */
    static boolean isCurrentSchema(Connection connection, int schemaVersion) {
        BitSet applied = new BitSet();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history")) {
            while (rs.next()) {
                String version = rs.getString(1);
                if (version == null || !version.matches("[1-9][0-9]{0,3}") || !rs.getBoolean(2)) {
                    return false;
                }
                int v = Integer.parseInt(version);
                if (v > schemaVersion || applied.get(v)) {
                    return false;
                }
                applied.set(v);
            }
        } catch (SQLException noHistory) {
            return false;
        }
        return applied.cardinality() == schemaVersion && applied.nextSetBit(0) == 1;
    }

    /** Moves a finished file into place, atomically where the file system can. */
    static void moveNew(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
    }

    /** A file of ours made or opened: its lock and a configured connection, both the caller's to close. */
    record Held(WorkspaceLock lock, Connection connection) {
    }

    /** Makes a new file's whole content in a hidden file, which is then moved into place. */
    @FunctionalInterface
    interface Build {
        void into(Path temp) throws SQLException;
    }

    /** A check of an open file before it is used; throws the refusal. */
    @FunctionalInterface
    interface Check {
        void on(Connection connection) throws SQLException, WorkspaceException;
    }

    /**
     * Creates a file of ours complete or not at all: {@code build} makes it in a hidden file beside the target, which
     * is moved into place only when finished, so a crash or a kill leaves nothing half-made (the hidden file is
     * removed at the next start, see {@link AppTemp}). Refuses a file that exists unless {@code replaceable} says it
     * may be replaced.
     */
    static Held create(Path file, Predicate<Path> replaceable, Build build, String what) throws WorkspaceException {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !replaceable.test(target)) {
            throw new WorkspaceException(WorkspaceException.Reason.ALREADY_EXISTS, file, "file already exists: " + file);
        }
        Path folder = target.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Reason.CANNOT_CREATE, file,
                    "cannot create folder for " + file + ": " + e.getMessage(), e);
        }
        WorkspaceLock lock = WorkspaceLock.acquire(target);
        Path temp = null;
        Connection connection = null;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
            Files.delete(temp); // SQLite makes the file; the name is ours
            AppTemp.notePart(temp);
            build.into(temp);
            Files.deleteIfExists(target); // only a replaceable file gets here with the file present
            moveNew(temp, target);
            temp = null;
            connection = configured(connect(target));
            return new Held(lock, connection);
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(connection);
            closeQuietly(lock);
            if (temp != null) {
                deleteQuietly(temp);
            }
            throw new WorkspaceException(WorkspaceException.Reason.CANNOT_CREATE, file,
                    "cannot create " + what + " " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens a file of ours: not an SQLite database is {@code notOurs}; then the lock, {@code kind} (the application
     * id), a backup and Flyway over {@code migrations} when the schema is not {@code schemaVersion}, and
     * {@code complete}. Nothing in the file changes when this throws.
     */
    static Held open(Path file, WorkspaceException.Reason notOurs, Check kind, String migrations, int schemaVersion,
                     Check complete, String what) throws WorkspaceException {
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException(WorkspaceException.Reason.NOT_FOUND, file, "no such file: " + file);
        }
        checkHeader(file, notOurs, what);
        WorkspaceLock lock = WorkspaceLock.acquire(file);
        Connection connection = null;
        try {
            connection = configured(connect(file));
            kind.on(connection);
            if (!isCurrentSchema(connection, schemaVersion)) {
                migrate(connection, file, migrations, what);
            }
            complete.on(connection);
            return new Held(lock, connection);
        } catch (WorkspaceException e) {
            closeQuietly(connection);
            closeQuietly(lock);
            throw e;
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(connection);
            closeQuietly(lock);
            throw new WorkspaceException(WorkspaceException.Reason.UNREADABLE, file,
                    "cannot open " + what + " " + file + ": " + e.getMessage(), e);
        }
    }

    /** Refuses a file that cannot be read or is not an SQLite database (checked before SQLite is let near it). */
    static void checkHeader(Path file, WorkspaceException.Reason notOurs, String what) throws WorkspaceException {
        if (!Files.isReadable(file)) {
            throw new WorkspaceException(WorkspaceException.Reason.UNREADABLE, file, "cannot read " + file);
        }
        if (!SafeFiles.isSqlite(file)) {
            throw new WorkspaceException(notOurs, file, "not a nineones " + what + " (not an SQLite database): " + file);
        }
    }

    /**
     * Brings an older file up to date through Flyway, after a backup copy; refuses one made by a newer version. A
     * failed or unknown migration in the history also ends here, for Flyway to report.
     */
    private static void migrate(Connection connection, Path file, String migrations, String what)
            throws WorkspaceException, IOException, SQLException {
        Flyway flyway = flyway(file, migrations);
        MigrationInfo[] all = flyway.info().all();
        if (Arrays.stream(all).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED)) {
            throw new WorkspaceException(WorkspaceException.Reason.NEWER_VERSION, file,
                    what + " was made by a newer version of the application: " + file);
        }
        if (flyway.info().pending().length > 0) {
            WorkspaceBackups.write(connection, file, BackupReason.BEFORE_MIGRATION, LocalDateTime.now());
            flyway.migrate();
        }
    }

    static String currentUser() {
        return System.getProperty("user.name", "user");
    }

    static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("closing {} failed", c, e);
        }
    }

    /** Removes a database file and the companion files SQLite may have made beside it. */
    static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                LOG.warn("could not remove half-made {}", file, e);
            }
        }
    }
}
