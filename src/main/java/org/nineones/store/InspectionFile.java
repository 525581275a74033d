package org.nineones.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An inspector's inspection file (检查档案, decision 0024): one SQLite file holding many inspections, never an
 * enterprise's workspace. The same safety as a {@link Workspace} (shared through {@link SqliteFiles}): made in a
 * hidden file moved into place, a lock file, a backup before a migration, one transaction per {@link #write}. Its
 * header's application id tells it from a workspace, and each refuses the other with its own sentence.
 */
public final class InspectionFile implements AutoCloseable {

    /** "91NI" in the SQLite header. */
    public static final int APPLICATION_ID = 0x39_31_4E_49;
    public static final String EXTENSION = ".nineinspect";
    /** The newest migration of {@code db/inspection}; {@code InspectionFileTest} keeps it equal to the files. */
    static final int SCHEMA_VERSION = 5;
    private static final String MIGRATIONS = "classpath:db/inspection";
    private static final Logger LOG = LoggerFactory.getLogger(InspectionFile.class);

    private final Path file;
    private final WorkspaceLock lock;
    private final Connection connection;
    private final DSLContext dsl;
    private final String actor;
    private volatile boolean closed;

    private InspectionFile(Path file, WorkspaceLock lock, Connection connection, String actor) {
        this.file = file;
        this.lock = lock;
        this.connection = connection;
        this.dsl = DSL.using(connection, SQLDialect.SQLITE);
        this.actor = actor;
    }

    /**
     * Creates a new, empty inspection file, complete or not at all; {@code label} names whose it is (an inspector, a
     * team, a county's office), may be empty. Refuses a file that exists.
     */
    public static InspectionFile create(Path file, String label) throws WorkspaceException {
        SqliteFiles.Held held = SqliteFiles.create(file, existing -> false, temp -> build(temp, label),
                "inspection file");
        return new InspectionFile(file, held.lock(), held.connection(), SqliteFiles.currentUser());
    }

    private static void build(Path file, String label) throws SQLException {
        SqliteFiles.mark(file, APPLICATION_ID);
        flyway(file).migrate();
        try (Connection c = SqliteFiles.configured(SqliteFiles.connect(file));
             var insert = c.prepareStatement("INSERT INTO inspection_file (id, label, created_by) VALUES (1, ?, ?)")) {
            insert.setString(1, label == null ? "" : label.strip());
            insert.setString(2, SqliteFiles.currentUser());
            insert.executeUpdate();
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
    }

    /**
     * Opens an inspection file: checks it is one (an enterprise workspace is refused with its own sentence) and not
     * from a newer version, takes a backup copy when migrations are pending, then migrates. Nothing in the file
     * changes when this throws.
     */
    public static InspectionFile open(Path file) throws WorkspaceException {
        SqliteFiles.Held held = SqliteFiles.open(file, WorkspaceException.Reason.NOT_AN_INSPECTION_FILE,
                c -> checkKind(c, file), MIGRATIONS, SCHEMA_VERSION, c -> { }, "inspection file");
        return new InspectionFile(file, held.lock(), held.connection(), SqliteFiles.currentUser());
    }

    /** An enterprise workspace gets its own refusal; any other database is no inspection file. */
    private static void checkKind(Connection connection, Path file) throws SQLException, WorkspaceException {
        int id = SqliteFiles.applicationId(connection);
        if (id == Workspace.APPLICATION_ID) {
            throw new WorkspaceException(WorkspaceException.Reason.ENTERPRISE_WORKSPACE, file,
                    "an enterprise workspace, not an inspection file: " + file);
        }
        if (id != APPLICATION_ID) {
            throw new WorkspaceException(WorkspaceException.Reason.NOT_AN_INSPECTION_FILE, file,
                    "not an inspection file (a different SQLite database): " + file);
        }
    }

    private static Flyway flyway(Path file) {
        return SqliteFiles.flyway(file, MIGRATIONS);
    }

    /** Runs read-only work. */
    public synchronized <T> T read(Function<InspectionRepository, T> work) {
        try {
            return work.apply(new InspectionRepository(dsl, actor));
        } catch (RuntimeException e) {
            throw FileProblemException.ifFileProblem(e, file);
        }
    }

    /** Runs work in one transaction: all of it is written, or none of it. */
    public synchronized <T> T write(Function<InspectionRepository, T> work) {
        try {
            return dsl.transactionResult(configuration ->
                    work.apply(new InspectionRepository(DSL.using(configuration), actor)));
        } catch (RuntimeException e) {
            throw FileProblemException.ifFileProblem(e, file);
        }
    }

    public Path file() {
        return file;
    }

    /** Closes the connection and the lock; a second call does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            LOG.warn("checkpoint on close failed for {}", file, e);
        }
        SqliteFiles.closeQuietly(connection);
        SqliteFiles.closeQuietly(lock);
    }
}
