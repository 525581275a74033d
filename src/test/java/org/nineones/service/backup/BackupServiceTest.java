package org.nineones.service.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.CreditCode;
import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.service.workspace.RecentFiles;
import org.nineones.service.workspace.WorkspaceService;
import org.nineones.store.BackupContents;
import org.nineones.store.BackupFile;
import org.nineones.store.BackupReason;
import org.nineones.store.Workspace;
import org.nineones.store.WorkspaceBackups;

class BackupServiceTest {

    private static final ZoneId ZONE = ZoneOffset.ofHours(8);
    private static final String CODE = "91371600MA3C00001" + CreditCode.checkCharFor("91371600MA3C00001");

    @TempDir
    Path tempDir;
    private Path file;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final MovableClock clock = new MovableClock(LocalDateTime.of(2026, 12, 6, 9, 30));

    @BeforeEach
    void createWorkspace() throws Exception {
        file = tempDir.resolve("张三的文件").resolve("示范化工.nineones");
        try (Workspace ws = Workspace.create(file, new Enterprise("示范化工", CODE, "", false, "", "", "", "", ""))) {
            addPost(ws, "电工");
        }
    }

    private BackupService service(BackupPolicy policy) {
        return new BackupService(messages, policy, clock);
    }

    private static void addPost(Workspace ws, String name) {
        ws.write(s -> {
            long unit = s.orgUnits().all().isEmpty()
                    ? s.orgUnits().insert(new OrgUnit(null, null, "示范化工", OrgUnitKind.COMPANY, 0)).id()
                    : s.orgUnits().all().get(0).id();
            return s.posts().insert(new Post(null, unit, name, PostCategory.OPERATOR, RiskLevel.LOW));
        });
    }

    private static List<String> postNames(Workspace ws) {
        return ws.read(s -> s.posts().all().stream().map(Post::name).sorted().toList());
    }

    private List<BackupFile> backups() {
        return WorkspaceBackups.list(file);
    }

    @Test
    void restoreBringsBackTheBackedUpDataAndKeepsTheReplacedStateInABeforeRestoreBackup() throws Exception {
        BackupService backups = service(BackupPolicy.defaults());
        Path backup;
        try (Workspace ws = Workspace.open(file)) {
            backup = backups.backupNow(ws, BackupReason.MANUAL);
            addPost(ws, "焊工");
            clock.advance(Duration.ofMinutes(5));

            RestoreResult result = backups.restore(ws, backup);

            // the schema as it is now, whatever migrations later issues add
            assertEquals(new BackupContents("示范化工", 1, 1, 0, 0, WorkspaceBackups.schemaVersion(ws)),
                    result.contents());
            assertEquals(BackupReason.BEFORE_RESTORE, WorkspaceBackups.parse(result.previousState()).orElseThrow().reason());
            try (Workspace previous = Workspace.open(result.previousState())) {
                assertEquals(List.of("焊工", "电工"), postNames(previous),
                        "the state the restore replaced is in the before-restore backup");
            }
        }
        try (Workspace ws = Workspace.open(file)) {
            assertEquals(List.of("电工"), postNames(ws), "the restored workspace opens with the backup's data");
            addPost(ws, "安全员");
            assertEquals(List.of("安全员", "电工"), postNames(ws), "and takes new writes");
        }
        assertTrue(Files.isRegularFile(backup), "the restored backup is kept");
    }

    @Test
    void aBackupIsAWorkspaceThatOpensAndIsNamedByTimeAndReasonInTheFolderBesideIt() throws Exception {
        Path backup;
        try (Workspace ws = Workspace.open(file)) {
            backup = service(BackupPolicy.defaults()).backupNow(ws, BackupReason.MANUAL);
        }
        assertEquals(file.resolveSibling("示范化工.nineones.backups").resolve("2026-12-06T093000-manual.nineones"),
                backup);
        try (var files = Files.list(backup.getParent())) {
            assertEquals(1, files.count(), "no temp file is left behind");
        }
        try (Workspace copy = Workspace.open(backup)) {
            assertEquals(List.of("电工"), postNames(copy));
        }
    }

    @Test
    void listsTheBackupsNewestFirstWithTimeReasonSizeAndWhatEachHolds() throws Exception {
        BackupService backups = service(BackupPolicy.defaults());
        try (Workspace ws = Workspace.open(file)) {
            backups.backupNow(ws, BackupReason.MANUAL);
            addPost(ws, "焊工");
            clock.advance(Duration.ofHours(1));
            backups.beforeImport(ws);

            List<BackupEntry> list = backups.list(file);

            assertEquals(2, list.size());
            BackupEntry newest = list.get(0);
            assertEquals(BackupReason.BEFORE_IMPORT, newest.reason());
            assertEquals(LocalDateTime.of(2026, 12, 6, 10, 30), newest.time());
            assertEquals(Files.size(newest.file()), newest.size());
            assertEquals("示范化工：组织单元 1 个，岗位 2 个，人员 0 人，人员记录 0 条",
                    backups.describe(newest.contents().orElseThrow()));
            assertEquals(1, list.get(1).contents().orElseThrow().posts());
            assertEquals("导入前", backups.reasonName(newest.reason()));
        }
    }

    @Test
    void twoBackupsInTheSameSecondGetNamesInTheOrderTheyWereTaken() throws Exception {
        BackupService backups = service(BackupPolicy.defaults());
        try (Workspace ws = Workspace.open(file)) {
            backups.backupNow(ws, BackupReason.MANUAL);
            backups.backupNow(ws, BackupReason.BEFORE_IMPORT);
        }
        List<BackupFile> list = backups();
        assertEquals(List.of(BackupReason.BEFORE_IMPORT, BackupReason.MANUAL),
                list.stream().map(BackupFile::reason).toList());
        assertTrue(list.get(0).time().isAfter(list.get(1).time()));
    }

    @Test
    void theFirstOpenOfADayBacksUpOnceThatDay() throws Exception {
        BackupService backups = service(BackupPolicy.defaults());
        WorkspaceService workspaces = new WorkspaceService(new RecentFiles(tempDir.resolve("设置").resolve("recent.txt")),
                backups::dailyOnOpen);
        workspaces.open(file).close();
        clock.advance(Duration.ofHours(3));
        workspaces.open(file).close();
        assertEquals(1, backups().size(), "the second open of the day makes none");
        assertEquals(BackupReason.DAILY, backups().get(0).reason());

        clock.advance(Duration.ofDays(1));
        workspaces.open(file).close();
        assertEquals(2, backups().size(), "the first open of the next day makes one");
        assertEquals(LocalDateTime.of(2026, 12, 7, 12, 30), backups().get(0).time());
    }

    @Test
    void rotationKeepsTheNewestByCount() throws Exception {
        BackupService backups = service(new BackupPolicy(3, 0));
        try (Workspace ws = Workspace.open(file)) {
            for (int i = 0; i < 5; i++) {
                backups.backupNow(ws, BackupReason.MANUAL);
                clock.advance(Duration.ofHours(1));
            }
        }
        assertEquals(List.of(LocalDateTime.of(2026, 12, 6, 13, 30), LocalDateTime.of(2026, 12, 6, 12, 30),
                LocalDateTime.of(2026, 12, 6, 11, 30)), backups().stream().map(BackupFile::time).toList());
    }

    @Test
    void rotationDropsBackupsOlderThanTheMaximumAge() throws Exception {
        BackupService backups = service(new BackupPolicy(0, 10));
        try (Workspace ws = Workspace.open(file)) {
            backups.backupNow(ws, BackupReason.DAILY);
            clock.advance(Duration.ofDays(5));
            backups.backupNow(ws, BackupReason.DAILY);
            clock.advance(Duration.ofDays(7));
            backups.backupNow(ws, BackupReason.DAILY);
        }
        assertEquals(List.of(LocalDateTime.of(2026, 12, 18, 9, 30), LocalDateTime.of(2026, 12, 11, 9, 30)),
                backups().stream().map(BackupFile::time).toList(), "the one 12 days old is gone");
    }

    @Test
    void rotationNeverRemovesTheNewestBackupHoweverOld() throws Exception {
        BackupService backups = service(new BackupPolicy(1, 10));
        try (Workspace ws = Workspace.open(file)) {
            backups.backupNow(ws, BackupReason.MANUAL);
        }
        clock.advance(Duration.ofDays(400));
        backups.rotate(file);
        assertEquals(1, backups().size());
    }

    @Test
    void refusesAMissingFileWithASentence() throws Exception {
        try (Workspace ws = Workspace.open(file)) {
            Path missing = tempDir.resolve("没有这个.nineones");
            BackupException e = assertThrows(BackupException.class,
                    () -> service(BackupPolicy.defaults()).restore(ws, missing));
            assertEquals("找不到备份文件“" + missing + "”，请检查路径。", e.getMessage());
        }
        assertTrue(backups().isEmpty(), "a refused restore backs up nothing");
    }

    @Test
    void refusesAFileThatIsNotSqliteAndAForeignSqliteFile() throws Exception {
        Path text = Files.writeString(tempDir.resolve("笔记.nineones"), "不是数据库", StandardCharsets.UTF_8);
        Path foreign = tempDir.resolve("别的程序.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE enterprise (id INTEGER)");
        }
        try (Workspace ws = Workspace.open(file)) {
            for (Path bad : List.of(text, foreign)) {
                BackupException e = assertThrows(BackupException.class,
                        () -> service(BackupPolicy.defaults()).restore(ws, bad));
                assertEquals("“" + bad + "”不是 nineones 工作区或它的备份，不能用来恢复。", e.getMessage());
            }
            assertEquals(List.of("电工"), postNames(ws));
        }
    }

    @Test
    void refusesToRestoreTheWorkspaceFromItself() throws Exception {
        try (Workspace ws = Workspace.open(file)) {
            BackupException e = assertThrows(BackupException.class,
                    () -> service(BackupPolicy.defaults()).restore(ws, file));
            assertTrue(e.getMessage().contains("就是当前工作区本身"), e.getMessage());
        }
    }

    @Test
    void refusesABackupFromANewerVersion() throws Exception {
        Path backup;
        try (Workspace ws = Workspace.open(file)) {
            backup = service(BackupPolicy.defaults()).backupNow(ws, BackupReason.MANUAL);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql',"
                    + " 'test', 0, 1)");
        }
        try (Workspace ws = Workspace.open(file)) {
            BackupException e = assertThrows(BackupException.class,
                    () -> service(BackupPolicy.defaults()).restore(ws, backup));
            assertTrue(e.getMessage().contains("较新版本"), e.getMessage());
        }
    }

    @Test
    void readsWhatABackupHoldsWhileTheWorkspaceIsOpen() throws Exception {
        try (Workspace ws = Workspace.open(file)) {
            Path backup = service(BackupPolicy.defaults()).backupNow(ws, BackupReason.MANUAL);
            assertEquals("示范化工", WorkspaceBackups.inspect(backup).enterpriseName());
            assertFalse(service(BackupPolicy.defaults()).list(file).get(0).contents().isEmpty());
        }
    }

    /** A clock the test moves forward, in UTC+8 like the users'. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(LocalDateTime start) {
            this.now = start.atZone(ZONE).toInstant();
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
