package org.nineones.service.county;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.nineones.store.DeskStore;
import org.nineones.store.WorkspaceException;

/**
 * The two engines the county desk's tests run on (decision 0025): a desk file in a temporary folder, and a schema of
 * its own in the PostgreSQL test database that {@code .ci/postgres} makes (its URL in {@value #VARIABLE}, else the URL
 * that script prints). A server that cannot be reached fails the test with a sentence saying what to do; it is never
 * skipped.
 */
public final class DeskEngines {

    public static final String VARIABLE = "NINEONES_TEST_PG";
    /** What {@code .ci/postgres} makes on this machine. */
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/nineones_test?user=nineones&password=nineones";

    private DeskEngines() {
    }

    /** The test database's URL. */
    public static String postgresUrl() {
        String url = System.getenv(VARIABLE);
        return url == null || url.isBlank() ? DEFAULT_URL : url.strip();
    }

    /** A fresh SQLite desk file. */
    public static DeskStore sqlite(Path dir) throws WorkspaceException {
        return DeskStore.openFile(dir.resolve("desk-" + UUID.randomUUID() + DeskStore.EXTENSION));
    }

    /** A schema of its own in the test database, dropped by {@link #drop}; the desk connected to it. */
    public static Schema postgres() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        String base = postgresUrl();
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            fail("The PostgreSQL test database cannot be reached (" + e.getMessage() + "): run `bash .ci/run` (or `"
                    + "export " + VARIABLE + "=\"$(bash .ci/postgres)\"`), or set " + VARIABLE
                    + " to the JDBC URL of a test database.", e);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
        return new Schema(name, url, DeskStore.connect(url));
    }

    /** A desk on a schema of its own. */
    public record Schema(String name, String url, DeskStore desk) {

        /** Closes the desk and drops the schema. */
        public void drop() throws SQLException {
            desk.close();
            try (Connection c = DriverManager.getConnection(postgresUrl()); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + name + " CASCADE");
            }
        }
    }
}
