package org.nineones.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;
import java.util.Properties;

import org.flywaydb.core.Flyway;
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
