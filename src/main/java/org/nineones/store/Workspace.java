package org.nineones.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Properties;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.nineones.model.Enterprise;
import org.nineones.model.content.ContentJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;

/**
 * One enterprise's SQLite file ({@code *.nineones}), open for one window or command. All reads and writes go
 * through {@link #read} and {@link #write}; a write is one transaction, so a user action is never half-written.
 */
public final class Workspace implements AutoCloseable {

    /** Written into the SQLite header ({@code PRAGMA application_id}) so a foreign database is recognised. */
    public static final int APPLICATION_ID = 0x39_31_4E_4F; // "91NO"
    public static final String EXTENSION = ".nineones";
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final Path file;
    private final WorkspaceLock lock;
    private final Connection connection;
    private final DSLContext dsl;
    private final String actor;
    private final ContentJson json = new ContentJson();

    private Workspace(Path file, WorkspaceLock lock, Connection connection, String actor) {
        this.file = file;
        this.lock = lock;
        this.connection = connection;
        this.dsl = DSL.using(connection, SQLDialect.SQLITE);
        this.actor = actor;
    }

    /** Creates a new workspace for an enterprise; fails if the file exists. */
    public static Workspace create(Path file, Enterprise enterprise) throws WorkspaceException {
        if (Files.exists(file)) {
            throw new WorkspaceException(WorkspaceException.Reason.ALREADY_EXISTS, file, "file already exists: " + file);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Reason.UNREADABLE, file,
                    "cannot create folder for " + file + ": " + e.getMessage(), e);
        }
        WorkspaceLock lock = WorkspaceLock.acquire(file);
        Connection connection = null;
        try {
            try (Connection c = connect(file); Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
                s.execute("PRAGMA journal_mode = WAL");
            }
            flyway(file).migrate();
            connection = configured(connect(file));
            Workspace workspace = new Workspace(file, lock, connection, currentUser());
            workspace.write(store -> {
                store.enterprise().insert(enterprise);
                store.audit().record("create", "enterprise", 1L, enterprise.name());
                return null;
            });
            return workspace;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            closeQuietly(lock);
            deleteQuietly(file);
            throw new WorkspaceException(WorkspaceException.Reason.UNREADABLE, file,
                    "cannot create workspace " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing workspace: checks it is one of ours and not from a newer version, takes a backup copy
     * when migrations are pending, then migrates. Nothing in the file changes when this throws.
     */
    public static Workspace open(Path file) throws WorkspaceException {
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException(WorkspaceException.Reason.NOT_FOUND, file, "no such file: " + file);
        }
        checkHeader(file);
        WorkspaceLock lock = WorkspaceLock.acquire(file);
        Connection connection = null;
        try {
            connection = configured(connect(file));
            checkApplicationId(connection, file);
            Flyway flyway = flyway(file);
            MigrationInfo[] all = flyway.info().all();
            if (Arrays.stream(all).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                    || m.getState() == MigrationState.FUTURE_FAILED)) {
                throw new WorkspaceException(WorkspaceException.Reason.NEWER_VERSION, file,
                        "workspace was made by a newer version of the application: " + file);
            }
            if (flyway.info().pending().length > 0) {
                WorkspaceBackups.write(connection, file, BackupReason.BEFORE_MIGRATION, LocalDateTime.now());
                flyway.migrate();
            }
            return new Workspace(file, lock, connection, currentUser());
        } catch (WorkspaceException e) {
            closeQuietly(connection);
            closeQuietly(lock);
            throw e;
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(connection);
            closeQuietly(lock);
            throw new WorkspaceException(WorkspaceException.Reason.UNREADABLE, file,
                    "cannot open workspace " + file + ": " + e.getMessage(), e);
        }
    }

    private static void checkHeader(Path file) throws WorkspaceException {
        byte[] head = new byte[SQLITE_MAGIC.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Reason.UNREADABLE, file, "cannot read " + file, e);
        }
        if (read < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
            throw new WorkspaceException(WorkspaceException.Reason.NOT_A_WORKSPACE, file,
                    "not a nineones workspace (not an SQLite database): " + file);
        }
    }

    private static void checkApplicationId(Connection connection, Path file) throws SQLException, WorkspaceException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA application_id")) {
            int id = rs.next() ? rs.getInt(1) : 0;
            if (id != APPLICATION_ID) {
                throw new WorkspaceException(WorkspaceException.Reason.NOT_A_WORKSPACE, file,
                        "not a nineones workspace (a different SQLite database): " + file);
            }
        }
    }

    private static void vacuumInto(Connection connection, Path target) throws SQLException {
        try (var ps = connection.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toAbsolutePath().toString());
            ps.execute();
        }
    }

    private static Flyway flyway(Path file) {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl(url(file));
        ds.setEnforceForeignKeys(true);
        return Flyway.configure(Workspace.class.getClassLoader())
                .dataSource(ds)
                .locations("classpath:db/migration")
                .validateOnMigrate(true)
                .load();
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    private static Connection connect(Path file) throws SQLException {
        Properties props = new Properties();
        props.setProperty("foreign_keys", "true");
        return DriverManager.getConnection(url(file), props);
    }

    private static Connection configured(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("PRAGMA synchronous = NORMAL");
        }
        return c;
    }

    private static String currentUser() {
        return System.getProperty("user.name", "user");
    }

    /** A copy of the open workspace taken through SQLite itself (safe while open, also on Windows). */
    public void backupTo(Path target) {
        synchronized (this) {
            try {
                vacuumInto(connection, target);
            } catch (SQLException e) {
                throw new StoreException("backup to " + target + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** Runs read-only work. */
    public synchronized <T> T read(Function<Store, T> work) {
        return work.apply(new Store(dsl, actor, json));
    }

    /** Runs work in one transaction: all of it is written, or none of it. */
    public synchronized <T> T write(Function<Store, T> work) {
        return dsl.transactionResult(configuration -> work.apply(new Store(DSL.using(configuration), actor, json)));
    }

    public Path file() {
        return file;
    }

    /** The connection, for {@link WorkspaceBackups} (which holds this workspace's monitor while using it). */
    Connection connection() {
        return connection;
    }

    @Override
    public synchronized void close() {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            LOG.warn("checkpoint on close failed for {}", file, e);
        }
        closeQuietly(connection);
        closeQuietly(lock);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("closing {} failed", c, e);
        }
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                LOG.warn("could not remove half-made {}", file, e);
            }
        }
    }
}
