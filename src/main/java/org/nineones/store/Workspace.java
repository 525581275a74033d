package org.nineones.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.nineones.model.AppTemp;
import org.nineones.model.Enterprise;
import org.nineones.model.content.ContentJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One enterprise's SQLite file ({@code *.nineones}), open for one window or command. All reads and writes go
 * through {@link #read} and {@link #write}; a write is one transaction, so a user action is never half-written.
 */
public final class Workspace implements AutoCloseable {

    /** Written into the SQLite header ({@code PRAGMA application_id}) so a foreign database is recognised. */
    public static final int APPLICATION_ID = 0x39_31_4E_4F; // "91NO"
    public static final String EXTENSION = ".nineones";
    /**
     * The newest migration this version ships ({@code db/migration/V<n>__….sql}); {@code WorkspaceTest} keeps it equal
     * to the files, so a new migration cannot be skipped by the quick check of {@link #open}.
     */
    static final int SCHEMA_VERSION = 11;
    private static final String MIGRATIONS = "classpath:db/migration";
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final Path file;
    private final WorkspaceLock lock;
    private final Connection connection;
    private final DSLContext dsl;
    private final String actor;
    private final ContentJson json = new ContentJson();
    private final boolean readOnly;
    private volatile boolean closed;

    private Workspace(Path file, WorkspaceLock lock, Connection connection, String actor) {
        this(file, lock, connection, actor, false);
    }

    private Workspace(Path file, WorkspaceLock lock, Connection connection, String actor, boolean readOnly) {
        this.file = file;
        this.lock = lock;
        this.connection = connection;
        this.dsl = DSL.using(connection, SQLDialect.SQLITE);
        this.actor = actor;
        this.readOnly = readOnly;
    }

    /**
     * Creates a new workspace for an enterprise, complete or not at all: the schema and the enterprise row are made
     * in a hidden file beside the target, which is moved into place only when finished, so a crash or a kill leaves
     * no half-made workspace (the hidden file is removed at the next start, see {@link AppTemp}). Fails if the
     * file exists, unless it is a workspace left incomplete by an older version, which is replaced.
     */
    public static Workspace create(Path file, Enterprise enterprise) throws WorkspaceException {
        SqliteFiles.Held held = SqliteFiles.create(file, Workspace::isIncomplete, temp -> build(temp, enterprise),
                "workspace");
        return new Workspace(file, held.lock(), held.connection(), currentUser());
    }

    /** Makes a whole workspace in {@code file}: header marks, schema, the enterprise row with its audit entry. */
    private static void build(Path file, Enterprise enterprise) throws SQLException {
        SqliteFiles.mark(file, APPLICATION_ID);
        flyway(file).migrate();
        try (Connection c = configured(connect(file))) {
            Workspace building = new Workspace(file, null, c, currentUser());
            building.write(store -> {
                store.enterprise().insert(enterprise);
                store.audit().record("create", "enterprise", 1L, enterprise.name());
                return null;
            });
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
    }

    /** Moves a finished file into place, atomically where the file system can. */
    static void moveNew(Path temp, Path target) throws IOException {
        SqliteFiles.moveNew(temp, target);
    }

    /**
     * True for a workspace an older version left half-made (ours, with the schema but no enterprise row): nothing of
     * the user's is in it, so {@link #create} may replace it.
     */
    static boolean isIncomplete(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Connection c = openReadOnly(file); Statement s = c.createStatement()) {
            if (!isOurs(c)) {
                return false;
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM enterprise")) {
                return rs.next() && rs.getInt(1) == 0;
            } catch (SQLException noTable) {
                return true;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Opens an existing workspace: checks it is one of ours and not from a newer version, takes a backup copy
     * when migrations are pending, then migrates. Nothing in the file changes when this throws.
     */
    public static Workspace open(Path file) throws WorkspaceException {
        SqliteFiles.Held held = SqliteFiles.open(file, WorkspaceException.Reason.NOT_A_WORKSPACE,
                c -> checkApplicationId(c, file), MIGRATIONS, SCHEMA_VERSION, c -> checkComplete(c, file), "workspace");
        return new Workspace(file, held.lock(), held.connection(), currentUser());
    }

    /**
     * True when the migration history holds exactly the migrations this version ships ({@code V1} to
     * {@link #SCHEMA_VERSION}), each applied successfully: then there is nothing for Flyway to do, and opening skips
     * it (decision 0019: Flyway's start costs more than everything else an open does). Anything else — a pending, a
     * failed, a newer or an unknown migration, no history table — goes the full way through Flyway.
     */
    static boolean isCurrentSchema(Connection connection) {
        return SqliteFiles.isCurrentSchema(connection, SCHEMA_VERSION);
    }

    /** Refuses a file that is not an SQLite database (checked before SQLite is let near it). */
    static void checkHeader(Path file) throws WorkspaceException {
        SqliteFiles.checkHeader(file, WorkspaceException.Reason.NOT_A_WORKSPACE, "workspace");
    }

    private static void checkApplicationId(Connection connection, Path file) throws SQLException, WorkspaceException {
        if (SqliteFiles.applicationId(connection) == InspectionFile.APPLICATION_ID) {
            throw new WorkspaceException(WorkspaceException.Reason.INSPECTION_FILE, file,
                    "an inspector's inspection file, not an enterprise workspace: " + file);
        }
        if (!isOurs(connection)) {
            throw new WorkspaceException(WorkspaceException.Reason.NOT_A_WORKSPACE, file,
                    "not a nineones workspace (a different SQLite database): " + file);
        }
    }

    private static void checkComplete(Connection connection, Path file) throws SQLException, WorkspaceException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM enterprise")) {
            if (!rs.next() || rs.getInt(1) == 0) {
                throw new WorkspaceException(WorkspaceException.Reason.INCOMPLETE, file,
                        "workspace was left half-made (no enterprise): " + file);
            }
        }
    }

    /** A read-only connection: takes no lock of ours and changes nothing (what a backup holds, a half-made file). */
    static Connection openReadOnly(Path file) throws SQLException {
        return SqliteFiles.openReadOnly(file);
    }

    /** True when the database carries our application id. */
    static boolean isOurs(Connection connection) throws SQLException {
        return SqliteFiles.applicationId(connection) == APPLICATION_ID;
    }

    /** A complete copy of the database through SQLite itself (safe while open, also on Windows). */
    static void vacuumInto(Connection connection, Path target) throws SQLException {
        try (var ps = connection.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toAbsolutePath().toString());
            ps.execute();
        }
    }

    /**
     * A new, empty database of ours with the schema up to {@code version} (no enterprise row): for
     * {@link RecordTables} to fill, then {@link #migrateFully} and {@link #open}. The caller closes the connection.
     */
    static Connection createEmpty(Path file, int version) throws SQLException {
        SqliteFiles.mark(file, APPLICATION_ID);
        Flyway.configure(Workspace.class.getClassLoader()).configuration(flyway(file).getConfiguration())
                .target(String.valueOf(version)).load().migrate();
        return DriverManager.getConnection(url(file));
    }

    /** Brings a database made by {@link #createEmpty} at an older version to this version's schema. */
    static void migrateFully(Path file) {
        flyway(file).migrate();
    }

    private static Flyway flyway(Path file) {
        return SqliteFiles.flyway(file, MIGRATIONS);
    }

    private static String url(Path file) {
        return SqliteFiles.url(file);
    }

    private static Connection connect(Path file) throws SQLException {
        return SqliteFiles.connect(file);
    }

    private static Connection configured(Connection c) throws SQLException {
        return SqliteFiles.configured(c);
    }

    private static String currentUser() {
        return SqliteFiles.currentUser();
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

    /**
     * A second, read-only connection to this open workspace, for read work that runs beside this one's on another
     * core (the record checks). It sees what is committed, takes no lock of ours, refuses {@link #write}, and closing
     * it leaves this workspace open. Close it when done.
     */
    public Workspace reader() {
        // not synchronized: the reader is for work beside a read that may hold this workspace's monitor
        if (closed) {
            throw new IllegalStateException("workspace is closed: " + file);
        }
        try {
            Connection c = openReadOnly(file);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
            }
            return new Workspace(file, null, c, actor, true);
        } catch (SQLException e) {
            throw FileProblemException.ifFileProblem(new StoreException("cannot read " + file + ": " + e.getMessage(), e),
                    file);
        }
    }

    /** Runs read-only work. */
    public synchronized <T> T read(Function<Store, T> work) {
        try {
            return work.apply(new Store(dsl, actor, json));
        } catch (RuntimeException e) {
            throw FileProblemException.ifFileProblem(e, file);
        }
    }

    /** Runs work in one transaction: all of it is written, or none of it. */
    public synchronized <T> T write(Function<Store, T> work) {
        if (readOnly) {
            throw new IllegalStateException("a reader of " + file + " cannot write");
        }
        try {
            return dsl.transactionResult(configuration -> work.apply(new Store(DSL.using(configuration), actor, json)));
        } catch (RuntimeException e) {
            throw FileProblemException.ifFileProblem(e, file);
        }
    }

    public Path file() {
        return file;
    }

    /** The connection, for {@link WorkspaceBackups} (which holds this workspace's monitor while using it). */
    Connection connection() {
        return connection;
    }

    /** Closes the connection and the lock; a second call does nothing (a window and its shutdown may both close). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!readOnly) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException e) {
                LOG.warn("checkpoint on close failed for {}", file, e);
            }
        }
        closeQuietly(connection);
        closeQuietly(lock);
    }

    private static void closeQuietly(AutoCloseable c) {
        SqliteFiles.closeQuietly(c);
    }
}
