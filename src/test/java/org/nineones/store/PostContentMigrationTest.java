package org.nineones.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Duty;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.ResponsibilityForm;
import org.nineones.model.content.VersionStatus;
import org.sqlite.SQLiteDataSource;

/** A workspace made before post content had versions keeps its duties: each post's list becomes draft 1. */
class PostContentMigrationTest {

    @TempDir
    Path dir;

    @Test
    void turnsEveryPostsDutiesIntoADraftDutyListAndBacksUpFirst() throws Exception {
        Path folder = dir.resolve("张三的文件");
        Files.createDirectories(folder);
        Path file = folder.resolve("旧企业.nineones");
        makeVersion1Workspace(file);

        try (Workspace ws = Workspace.open(file)) {
            List<ContentVersion> versions = ws.read(s -> s.content().versions(1, ContentKind.DUTY_LIST));
            assertEquals(1, versions.size());
            ContentVersion draft = versions.get(0);
            assertEquals(1, draft.number());
            assertEquals(VersionStatus.DRAFT, draft.status());
            assertEquals(List.of(
                    new DutyItem("", "严格执行本岗位安全操作规程", "本岗位", "", "", "", ResponsibilityForm.DIRECT),
                    new DutyItem("", "发现隐患立即报告班组长", "本岗位", "", "", "", ResponsibilityForm.DIRECT),
                    new DutyItem("", "正确佩戴劳动防护用品", "本岗位", "", "", "", ResponsibilityForm.DIRECT)),
                    ((DutyList) draft.body()).items(), "in the old positions' order, not the rows' order");
            assertEquals(List.of("组织落实班组安全生产责任制"),
                    ws.read(s -> s.posts().duties(2)).stream().map(Duty::text).toList());
            assertTrue(ws.read(s -> s.content().versions(3, ContentKind.DUTY_LIST)).isEmpty(),
                    "a post without duties gets no empty draft");
            assertEquals(List.of(1L, 2L), List.copyOf(ws.read(s -> s.posts().allDuties()).keySet()));
        }
        assertEquals(1, backups());
        BackupFile backup = WorkspaceBackups.list(file).get(0);
        assertEquals(1, WorkspaceBackups.inspect(backup.file()).schemaVersion(), "the backup holds the old version");
        assertEquals(3, WorkspaceBackups.inspect(backup.file()).posts());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'post_duty'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "the old table is gone");
        }
    }

    @Test
    void aNewWorkspaceHasNoOldDutyTable() throws Exception {
        Path file = dir.resolve("新企业.nineones");
        Workspace.create(file, WorkspaceFixtures.enterprise()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE name LIKE 'post_%' ORDER BY name")) {
            StringBuilder names = new StringBuilder();
            while (rs.next()) {
                names.append(rs.getString(1)).append(' ');
            }
            assertFalse(names.toString().contains("post_duty"), names.toString());
            assertTrue(names.toString().contains("post_content_version"), names.toString());
        }
    }

    /** What issue 2's application left on disk: schema version 1, duties in post_duty. */
    private static void makeVersion1Workspace(Path file) throws Exception {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + Workspace.APPLICATION_ID);
            s.execute("PRAGMA journal_mode = WAL");
        }
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl(url);
        Flyway.configure(PostContentMigrationTest.class.getClassLoader()).dataSource(ds)
                .locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO enterprise (id, name, credit_code) VALUES (1, '滨州示例化工有限公司', '91371600MA3C7E2X1C')");
            s.execute("INSERT INTO org_unit (id, name, kind) VALUES (1, '公司', 'COMPANY')");
            s.execute("INSERT INTO post (id, org_unit_id, name, category, risk_level) VALUES"
                    + " (1, 1, '操作工', 'OPERATOR', 'GENERAL'), (2, 1, '班组长', 'TEAM_LEADER', 'LOW'),"
                    + " (3, 1, '门卫', 'OPERATOR', 'LOW')");
            s.execute("INSERT INTO post_duty (post_id, position, text) VALUES"
                    + " (1, 3, '正确佩戴劳动防护用品'), (1, 1, '严格执行本岗位安全操作规程'),"
                    + " (2, 1, '组织落实班组安全生产责任制'), (1, 2, '发现隐患立即报告班组长')");
        }
    }

    private long backups() throws Exception {
        return WorkspaceBackups.list(dir.resolve("张三的文件").resolve("旧企业.nineones")).stream()
                .filter(b -> b.reason() == BackupReason.BEFORE_MIGRATION).count();
    }
}
