package org.nineones.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Properties;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The county desk's store (decision 0025): the inspections of many inspection files and the batches, in an SQLite
 * file of its own ({@code *.ninedesk}, made when missing; the same safety as an inspection file through
 * {@link SqliteFiles}) or in a PostgreSQL database given by its JDBC URL. The same jOOQ code runs on both, the dialect
 * chosen here; one migration set ({@code db/desk}) both accept. One connection, one transaction per {@link #write}.
 */
public final class DeskStore implements AutoCloseable {

    /** "91ND" in the SQLite header. */
    public static final int APPLICATION_ID = 0x39_31_4E_44;
    public static final String EXTENSION = ".ninedesk";
    /** The newest migration of {@code db/desk}; {@code DeskStoreTest} keeps it equal to the files. */
    static final int SCHEMA_VERSION = 3;
    static final String MIGRATIONS = "classpath:db/desk";
    private static final String POSTGRESQL = "jdbc:postgresql:";
    /** Seconds to wait for a server before saying it cannot be reached. */
    private static final int CONNECT_SECONDS = 5;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Logger LOG = LoggerFactory.getLogger(DeskStore.class);

    /** Where a desk is kept. */
    public enum Engine { SQLITE, POSTGRESQL }

    private final Engine engine;
    private final String location;
    private final Server server;
    private final WorkspaceLock lock;
    private final Connection connection;
    private final DSLContext dsl;
    private final String actor;
    private boolean closed;

    /** A PostgreSQL server as its URL names it. */
    private record Server(String host, String port, String database) {
    }

    private DeskStore(Engine engine, String location, Server server, WorkspaceLock lock, Connection connection) {
        this.engine = engine;
        this.location = location;
        this.server = server;
        this.lock = lock;
        this.connection = connection;
        this.dsl = DSL.using(connection, engine == Engine.SQLITE ? SQLDialect.SQLITE : SQLDialect.POSTGRES);
        this.actor = SqliteFiles.currentUser();
    }

    /** True when {@code location} names a PostgreSQL server rather than a file. */
    public static boolean isServer(String location) {
        return location != null && location.strip().startsWith(POSTGRESQL);
    }

    /**
     * Opens a desk file, made empty when missing; refuses any other file of ours (an inspection file, a workspace) or a
     * foreign database, and one made by a newer version, with nothing changed.
     */
    public static DeskStore openFile(Path file) throws WorkspaceException {
        SqliteFiles.Held held;
        if (java.nio.file.Files.exists(file)) {
            held = SqliteFiles.open(file, WorkspaceException.Reason.NOT_A_DESK, c -> checkKind(c, file), MIGRATIONS,
                    SCHEMA_VERSION, c -> { }, "county desk");
        } else {
            held = SqliteFiles.create(file, existing -> false, temp -> {
                SqliteFiles.mark(temp, APPLICATION_ID);
                SqliteFiles.flyway(temp, MIGRATIONS).migrate();
            }, "county desk");
        }
        return new DeskStore(Engine.SQLITE, file.toString(), null, held.lock(), held.connection());
    }

    private static void checkKind(Connection connection, Path file) throws SQLException, WorkspaceException {
        if (SqliteFiles.applicationId(connection) != APPLICATION_ID) {
            throw new WorkspaceException(WorkspaceException.Reason.NOT_A_DESK, file, "not a county desk: " + file);
        }
    }

    /**
     * Connects to a PostgreSQL database ({@code jdbc:postgresql://host:port/database?user=…&password=…}) and brings
     * its desk tables up to date. A server not reached, a login refused or a newer schema is refused with a sentence
     * naming the host and port; nothing is written then.
     */
    public static DeskStore connect(String url) {
        String u = url == null ? "" : url.strip();
        Properties parsed = isServer(u) ? org.postgresql.Driver.parseURL(u, new Properties()) : null;
        if (parsed == null) {
            throw new DeskServerException(DeskServerException.Reason.BAD_URL, u, "", "", "not a PostgreSQL URL", null);
        }
        Server server = new Server(parsed.getProperty("PGHOST", "localhost"), parsed.getProperty("PGPORT", "5432"),
                parsed.getProperty("PGDBNAME", ""));
        Properties props = new Properties();
        props.setProperty("connectTimeout", String.valueOf(CONNECT_SECONDS));
        props.setProperty("loginTimeout", String.valueOf(CONNECT_SECONDS));
        props.setProperty("reWriteBatchedInserts", "true");
        Connection connection;
        try {
            connection = new org.postgresql.Driver().connect(u, props);
        } catch (SQLException e) {
            throw refused(server, e);
        }
        try {
            migrate(u, server);
            return new DeskStore(Engine.POSTGRESQL, withoutSecrets(u), server, null, connection);
        } catch (RuntimeException e) {
            SqliteFiles.closeQuietly(connection);
            throw e;
        }
    }

    private static void migrate(String url, Server server) {
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setURL(url);
        ds.setConnectTimeout(CONNECT_SECONDS);
        ds.setLoginTimeout(CONNECT_SECONDS);
        Flyway flyway = Flyway.configure(DeskStore.class.getClassLoader()).dataSource(ds)
                .locations(MIGRATIONS).validateOnMigrate(true).load();
        try {
            if (Arrays.stream(flyway.info().all()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                    || m.getState() == MigrationState.FUTURE_FAILED)) {
                throw new DeskServerException(DeskServerException.Reason.NEWER_VERSION, server.host(), server.port(),
                        server.database(), "the desk's tables were made by a newer version", null);
            }
            flyway.migrate();
        } catch (org.flywaydb.core.api.FlywayException e) {
            SQLException sql = sqlCause(e);
            if (sql != null) {
                throw refused(server, sql);
            }
            throw e;
        }
    }

    /** The refusal for a failed connection: nothing answered, or the server said no. */
    private static DeskServerException refused(Server server, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        DeskServerException.Reason reason = state.startsWith("28") || state.equals("3D000")
                ? DeskServerException.Reason.LOGIN_REFUSED
                : state.startsWith("08") || e.getCause() instanceof java.io.IOException
                ? DeskServerException.Reason.UNREACHABLE : DeskServerException.Reason.LOST;
        return new DeskServerException(reason, server.host(), server.port(), server.database(),
                "PostgreSQL at " + server.host() + ":" + server.port() + ": " + e.getMessage(), e);
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** The URL without its password, to show. */
    private static String withoutSecrets(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /** Runs read-only work. */
    public synchronized <T> T read(Function<DeskRepository, T> work) {
        try {
            return work.apply(new DeskRepository(dsl, actor));
        } catch (RuntimeException e) {
            throw problem(e);
        }
    }

    /** Runs work in one transaction: all of it is written, or none of it. */
    public synchronized <T> T write(Function<DeskRepository, T> work) {
        try {
            return dsl.transactionResult(configuration -> work.apply(new DeskRepository(DSL.using(configuration),
                    actor)));
        } catch (RuntimeException e) {
            throw problem(e);
        }
    }

    private RuntimeException problem(RuntimeException e) {
        if (engine == Engine.SQLITE) {
            return FileProblemException.ifFileProblem(e, Path.of(location));
        }
        SQLException sql = e instanceof DataAccessException ? sqlCause(e) : null;
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return refused(server, sql);
        }
        return e;
    }

    public Engine engine() {
        return engine;
    }

    /** The file, or the server's URL without its password. */
    public String location() {
        return location;
    }

    /** The time now as the desk writes it (UTC). */
    static String now() {
        return LocalDateTime.now(ZoneOffset.UTC).format(UTC);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (engine == Engine.SQLITE) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException e) {
                LOG.warn("checkpoint on close failed for {}", location, e);
            }
        }
        SqliteFiles.closeQuietly(connection);
        SqliteFiles.closeQuietly(lock);
    }
}
