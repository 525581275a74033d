package org.nineones.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Enterprise;
import org.nineones.model.PackageExport;
import org.sqlite.SQLiteDataSource;

/** The export history on a real file: written and read back in order, and added to a workspace made before it. */
class PackageExportRepositoryTest {

    @TempDir
    Path dir;

    private static Enterprise enterprise() {
        return new Enterprise("滨州示例化工有限公司", "91371600MA3C7E2X1C", "化工", true, "滨城区", "", "张三", "", "0543-1234567");
    }

    private static PackageExport export(String file, String fingerprintDigit, int people) {
        return new PackageExport(null, "2026-12-06T17:20:00+08:00", file, "D:\\张三\\" + file, 3_000_000_000L,
                fingerprintDigit.repeat(64), "滨州示例化工有限公司", "91371600MA3C7E2X1C", "0.1.0",
                List.of(new PackageExport.Count("employees", "人员", people, "人"),
                        new PackageExport.Count("letters", "责任书签订台账", 12, "行")));
    }

    @Test
    void keepsEveryExportWithItsCountsTheLatestFirst() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("张三的文件").resolve("企业.nineones"), enterprise())) {
            PackageExport first = ws.write(s -> s.packageExports().insert(export("第一次.zip", "a", 200)));
            PackageExport second = ws.write(s -> s.packageExports().insert(export("第二次.zip", "b", 201)));
            List<PackageExport> all = ws.read(s -> s.packageExports().all());
            assertEquals(List.of(second, first), all);
            assertEquals(export("第一次.zip", "a", 200).counts(), first.counts(), "in order, as written");
            assertEquals(3_000_000_000L, first.fileSize(), "a package over 2 GB keeps its size");
            assertEquals("2026-12-06T17:20:00+08:00", first.exportedAt());
            assertEquals(201, second.quantity("employees"));
            assertEquals(0, second.quantity("exams"));
        }
    }

    @Test
    void aWorkspaceMadeBeforeTheHistoryGetsItWhenOpened() throws Exception {
        Path file = dir.resolve("旧企业.nineones");
        // a workspace as version 4 of the schema made it
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + Workspace.APPLICATION_ID);
            s.execute("PRAGMA journal_mode = WAL");
        }
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        Flyway.configure(Workspace.class.getClassLoader()).dataSource(ds).locations("classpath:db/migration")
                .target("4").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO enterprise (id, name, credit_code) VALUES (1, '滨州示例化工有限公司', '91371600MA3C7E2X1C')");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertEquals(List.of(), ws.read(s -> s.packageExports().all()));
            PackageExport recorded = ws.write(s -> s.packageExports().insert(export("验收资料包.zip", "c", 5)));
            assertTrue(recorded.id() > 0);
            assertEquals("滨州示例化工有限公司", ws.read(s -> s.enterprise().get().name()));
        }
    }
}
