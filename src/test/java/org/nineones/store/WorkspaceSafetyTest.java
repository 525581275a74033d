package org.nineones.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Enterprise;
import org.nineones.model.Failures;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;

/** Creating a workspace is complete or nothing; a half-made one is recognised; a link cannot get round the lock. */
class WorkspaceSafetyTest {

    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);

    private static Enterprise enterprise(String name) {
        return new Enterprise(name, "91371600MA3C7E2X1C", "化工", true, "滨城区", "", "张三", "", "0543-1234567");
    }

    private List<String> folderContents(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCreationThatFailsHalfWayLeavesNothingBehind() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("企业 资料"));
        Path file = folder.resolve("半成品.nineones");
        // the enterprise row fails its NOT NULL check after the schema was made
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.create(file, enterprise(null)));
        assertEquals(WorkspaceException.Reason.CANNOT_CREATE, e.reason());
        assertFalse(Files.exists(file));
        assertEquals(List.of("半成品.nineones.lock"), folderContents(folder), "no database, journal or part is left");
        try (Workspace ws = Workspace.create(file, enterprise("滨州示例化工有限公司"))) {
            assertEquals("滨州示例化工有限公司", ws.read(s -> s.enterprise().get().name()));
        }
    }

    @Test
    void aWorkspaceLeftWithoutItsEnterpriseIsNamedAsSuchAndReplacedByCreate() throws Exception {
        Path file = dir.resolve("中断.nineones");
        Workspace.create(file, enterprise("旧名")).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DELETE FROM audit_log");
            s.execute("DELETE FROM enterprise"); // what a crash during an older version's init left
        }
        WorkspaceException incomplete = assertThrows(WorkspaceException.class, () -> Workspace.open(file));
        assertEquals(WorkspaceException.Reason.INCOMPLETE, incomplete.reason());
        assertEquals(messages.get("WorkspaceException.Reason.INCOMPLETE", file), incomplete.userMessage(messages));

        try (Workspace ws = Workspace.create(file, enterprise("新名"))) {
            assertEquals("新名", ws.read(s -> s.enterprise().get().name()));
        }
        WorkspaceException exists = assertThrows(WorkspaceException.class,
                () -> Workspace.create(file, enterprise("再来")));
        assertEquals(WorkspaceException.Reason.ALREADY_EXISTS, exists.reason(), "a complete workspace is never replaced");
    }

    @Test
    void aLinkOrAnotherSpellingOfAnOpenWorkspaceIsRefusedByItsLock() throws Exception {
        Path file = dir.resolve("在用.nineones");
        Path link = Files.createSymbolicLink(dir.resolve("链接.nineones"), file);
        Path spelled = dir.resolve("子目录/../在用.nineones");
        Files.createDirectories(dir.resolve("子目录"));
        try (Workspace first = Workspace.create(file, enterprise("滨州示例化工有限公司"))) {
            assertEquals(WorkspaceException.Reason.ALREADY_OPEN,
                    assertThrows(WorkspaceException.class, () -> Workspace.open(link)).reason());
            assertEquals(WorkspaceException.Reason.ALREADY_OPEN,
                    assertThrows(WorkspaceException.class, () -> Workspace.open(spelled)).reason());
            first.write(s -> s.orgUnits().insert(new OrgUnit(null, null, "公司", OrgUnitKind.COMPANY, 0)));
        }
        try (Workspace again = Workspace.open(link)) {
            assertEquals(1, (int) again.read(s -> s.orgUnits().count()));
        }
    }

    @Test
    void aWriteWhileAnotherProgramHoldsTheFileSaysSoInsteadOfTheDatabaseText() throws Exception {
        Path file = dir.resolve("被占用.nineones");
        try (Workspace ws = Workspace.create(file, enterprise("滨州示例化工有限公司"));
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE"); // another program (a database tool) holds the write lock
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> ws.write(st -> st.orgUnits().insert(new OrgUnit(null, null, "公司", OrgUnitKind.COMPANY, 0))));
            assertTrue(e instanceof FileProblemException, e.toString());
            assertEquals(Failures.FileProblem.LOCKED, ((FileProblemException) e).problem());
            String sentence = Failures.sentence(e, messages).orElseThrow();
            assertEquals(messages.get("files.problem.LOCKED", file), sentence);
            assertFalse(sentence.contains("SQL"), sentence);
            s.execute("ROLLBACK");
            assertEquals(0, (int) ws.read(st -> st.orgUnits().count()), "nothing was written");
        }
    }
}
