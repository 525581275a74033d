package org.nineones.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Enterprise;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class WorkspaceTest {

    @TempDir
    Path dir;

    private static Enterprise enterprise() {
        return new Enterprise("滨州示例化工有限公司", "91371600MA3C7E2X1C", "化工", true, "滨城区", "", "张三", "", "0543-1234567");
    }

    @Test
    void createsAndReopensWorkspaceInFolderWithChineseName() throws Exception {
        Path file = dir.resolve("张三的文件").resolve("企业.nineones");
        try (Workspace ws = Workspace.create(file, enterprise())) {
            ws.write(store -> store.orgUnits().insert(new OrgUnit(null, null, "公司", OrgUnitKind.COMPANY, 0)));
        }
        try (Workspace ws = Workspace.open(file)) {
            assertEquals("滨州示例化工有限公司", ws.read(store -> store.enterprise().get().name()));
            assertEquals(1, (int) ws.read(store -> store.orgUnits().count()));
            assertTrue(ws.read(store -> store.audit().latest(10)).size() >= 1);
        }
    }

    @Test
    void rejectsFileThatIsNotSqliteAndLeavesItUnchanged() throws Exception {
        Path file = dir.resolve("note.nineones");
        Files.writeString(file, "这不是数据库", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(file));
        assertEquals(WorkspaceException.Reason.NOT_A_WORKSPACE, e.reason());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void rejectsForeignSqliteDatabase() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
        }
        byte[] before = Files.readAllBytes(file);
        assertEquals(WorkspaceException.Reason.NOT_A_WORKSPACE,
                assertThrows(WorkspaceException.class, () -> Workspace.open(file)).reason());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void rejectsWorkspaceFromNewerVersion() throws Exception {
        Path file = dir.resolve("newer.nineones");
        Workspace.create(file, enterprise()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, installed_on, execution_time, success) VALUES (99, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 0, 'x', CURRENT_TIMESTAMP, 0, 1)");
        }
        byte[] before = Files.readAllBytes(file);
        assertEquals(WorkspaceException.Reason.NEWER_VERSION,
                assertThrows(WorkspaceException.class, () -> Workspace.open(file)).reason());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void refusesSecondOpenWhileFirstIsOpen() throws Exception {
        Path file = dir.resolve("busy.nineones");
        try (Workspace first = Workspace.create(file, enterprise())) {
            assertEquals(WorkspaceException.Reason.ALREADY_OPEN,
                    assertThrows(WorkspaceException.class, () -> Workspace.open(file)).reason());
            assertEquals("滨州示例化工有限公司", first.read(store -> store.enterprise().get().name()));
        }
        Workspace.open(file).close();
    }

    @Test
    void backsUpBeforeMigratingAnOlderWorkspace() throws Exception {
        Path file = dir.resolve("old.nineones");
        Workspace.create(file, enterprise()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            // pretend the newest migration has not run yet
            // (by number: as text "9" comes after "10")
            s.execute("DELETE FROM flyway_schema_history WHERE version"
                    + " = (SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history)");
        }
        // the pending migration now fails (its tables exist); what matters is the backup taken before it ran
        assertEquals(WorkspaceException.Reason.UNREADABLE,
                assertThrows(WorkspaceException.class, () -> Workspace.open(file)).reason());
        assertEquals(1, countBackups());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM employee")) {
            assertTrue(rs.next(), "the failed migration was rolled back, the data is intact");
        }
    }

    private long countBackups() throws Exception {
        return WorkspaceBackups.list(dir.resolve("old.nineones")).stream()
                .filter(b -> b.reason() == BackupReason.BEFORE_MIGRATION).count();
    }

    @Test
    void closingTwiceLeavesTheWorkspaceClosedAndFreeForTheNextOpen() throws Exception {
        Path file = dir.resolve("twice.nineones");
        Workspace ws = Workspace.create(file, enterprise());
        Logger log = (Logger) LoggerFactory.getLogger(Workspace.class);
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.start();
        log.addAppender(warnings);
        try {
            ws.close();
            ws.close();
        } finally {
            log.detachAppender(warnings);
        }
        assertEquals(List.of(), warnings.list.stream().map(Object::toString).toList(),
                "the second close found nothing left to close");
        try (Workspace again = Workspace.open(file)) {
            assertEquals("滨州示例化工有限公司", again.read(store -> store.enterprise().get().name()));
        }
    }

    @Test
    void rollsBackWholeWriteWhenAnyPartFails() throws Exception {
        Path file = dir.resolve("tx.nineones");
        try (Workspace ws = Workspace.create(file, enterprise())) {
            assertThrows(RuntimeException.class, () -> ws.write(store -> {
                store.orgUnits().insert(new OrgUnit(null, null, "公司", OrgUnitKind.COMPANY, 0));
                store.orgUnits().insert(new OrgUnit(null, null, "公司", OrgUnitKind.COMPANY, 0)); // duplicate name
                return null;
            }));
            assertEquals(0, (int) ws.read(store -> store.orgUnits().count()));
        }
    }

    @Test
    void aReaderSeesWhatIsCommittedRefusesToWriteAndClosesWithoutClosingTheWorkspace() throws Exception {
        Path file = dir.resolve("reader.nineones");
        try (Workspace ws = Workspace.create(file, enterprise())) {
            ws.write(store -> store.orgUnits().insert(new OrgUnit(null, null, "公司", OrgUnitKind.COMPANY, 0)));
            try (Workspace reader = ws.reader()) {
                assertEquals(1, (int) reader.read(store -> store.orgUnits().count()));
                ws.write(store -> store.orgUnits().insert(new OrgUnit(null, null, "二车间", OrgUnitKind.WORKSHOP, 1)));
                assertEquals(2, (int) reader.read(store -> store.orgUnits().count()), "committed since it opened");
                IllegalStateException refused = assertThrows(IllegalStateException.class, () -> reader.write(
                        store -> store.orgUnits().insert(new OrgUnit(null, null, "三车间", OrgUnitKind.WORKSHOP, 2))));
                assertTrue(refused.getMessage().contains("cannot write"), refused.getMessage());
            }
            assertEquals(2, (int) ws.read(store -> store.orgUnits().count()), "the workspace is still open");
            ws.write(store -> store.orgUnits().insert(new OrgUnit(null, null, "三车间", OrgUnitKind.WORKSHOP, 2)));
            assertEquals(3, (int) ws.read(store -> store.orgUnits().count()));
        }
        try (Workspace again = Workspace.open(file)) {
            assertEquals(3, (int) again.read(store -> store.orgUnits().count()));
        }
    }

    @Test
    void aClosedWorkspaceGivesNoReader() throws Exception {
        Workspace ws = Workspace.create(dir.resolve("closed.nineones"), enterprise());
        ws.close();
        IllegalStateException refused = assertThrows(IllegalStateException.class, ws::reader);
        assertTrue(refused.getMessage().startsWith("workspace is closed"), refused.getMessage());
    }
}
