package org.nineones.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nineones.model.Enterprise;

/** The quick check that lets {@link Workspace#open} skip Flyway when the schema is already the newest (decision 0019). */
class WorkspaceSchemaCheckTest {

    @TempDir
    Path dir;

    private static Enterprise enterprise() {
        return new Enterprise("滨州示例化工有限公司", "91371600MA3C7E2X1C", "化工", true, "滨城区", "", "张三", "", "0543-1234567");
    }

    @Test
    void schemaVersionIsTheNewestMigrationShipped() throws Exception {
        URL folder = Workspace.class.getResource("/db/migration");
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            newest = files.map(f -> name.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertEquals(newest, Workspace.SCHEMA_VERSION);
    }

    @Test
    void newWorkspaceHasTheCurrentSchema() throws Exception {
        Path file = dir.resolve("新建.nineones");
        Workspace.create(file, enterprise()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertTrue(Workspace.isCurrentSchema(c));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DELETE FROM flyway_schema_history WHERE version = '4'",
        "DELETE FROM flyway_schema_history WHERE version = '1'",
        "UPDATE flyway_schema_history SET success = 0 WHERE version = '3'",
        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,"
                + " installed_on, execution_time, success) VALUES (99, '5', 'future', 'SQL', 'V5__future.sql', 0, 'x',"
                + " CURRENT_TIMESTAMP, 0, 1)",
        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,"
                + " installed_on, execution_time, success) VALUES (99, '4.1', 'patch', 'SQL', 'V4_1__patch.sql', 0, 'x',"
                + " CURRENT_TIMESTAMP, 0, 1)",
        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,"
                + " installed_on, execution_time, success) VALUES (99, NULL, 'views', 'SQL', 'R__views.sql', 0, 'x',"
                + " CURRENT_TIMESTAMP, 0, 1)",
        "DROP TABLE flyway_schema_history"
    })
    void anyOtherHistoryGoesThroughFlyway(String change) throws Exception {
        Path file = dir.resolve("改过.nineones");
        Workspace.create(file, enterprise()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute(change);
            assertFalse(Workspace.isCurrentSchema(c));
        }
    }
}
