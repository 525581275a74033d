package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.store.BackupReason;
import org.nineones.store.Workspace;
import org.nineones.store.WorkspaceBackups;

class BackupCommandsTest {

    private static final String CODE = "91371600MA3C7E2X1C";

    @TempDir
    Path dir;
    private Path workspace;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Services services = new Services(new Settings(dir.resolve("设置")), new Messages(Locale.SIMPLIFIED_CHINESE));
        return NineonesCli.commandLine(services, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @BeforeEach
    void createWorkspace() {
        workspace = dir.resolve("张三的文件").resolve("企业.nineones");
        assertEquals(0, run("init", "--workspace", workspace.toString(), "--name", "滨州示例化工有限公司",
                "--credit-code", CODE), err.toString());
    }

    private void addPost(String name) throws Exception {
        try (Workspace ws = Workspace.open(workspace)) {
            ws.write(s -> {
                long unit = s.orgUnits().all().isEmpty()
                        ? s.orgUnits().insert(new OrgUnit(null, null, "公司", OrgUnitKind.COMPANY, 0)).id()
                        : s.orgUnits().all().get(0).id();
                return s.posts().insert(new Post(null, unit, name, PostCategory.OPERATOR, RiskLevel.LOW));
            });
        }
    }

    private List<String> posts() throws Exception {
        try (Workspace ws = Workspace.open(workspace)) {
            return ws.read(s -> s.posts().all().stream().map(Post::name).sorted().toList());
        }
    }

    @Test
    void backupPrintsThePathOfTheBackupItMade() throws Exception {
        assertEquals(0, run("backup", "--workspace", workspace.toString()), err.toString());
        String printed = out.toString().strip();
        assertTrue(printed.startsWith("已备份到："), printed);
        Path backup = Path.of(printed.substring("已备份到：".length()));
        assertTrue(Files.isRegularFile(backup), printed);
        assertEquals(BackupReason.MANUAL, WorkspaceBackups.parse(backup).orElseThrow().reason());
        assertEquals(workspace.resolveSibling("企业.nineones.backups"), backup.getParent());
    }

    @Test
    void listShowsTimeReasonSizeAndContentsOfEachBackup() throws Exception {
        addPost("电工");
        assertEquals(0, run("backup", "--workspace", workspace.toString()), err.toString());

        assertEquals(0, run("backup", "--workspace", workspace.toString(), "--list"), err.toString());

        List<String> lines = out.toString().strip().lines().toList();
        assertEquals("备份文件夹：" + workspace.resolveSibling("企业.nineones.backups"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains("  手动  ")
                && l.contains("滨州示例化工有限公司：组织单元 1 个，岗位 1 个，人员 0 人，人员记录 0 条")
                && l.contains(" KB")), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("  每日自动  ")), "the first open of the day backed up");
    }

    @Test
    void listSaysSoWhenThereAreNoBackups() {
        assertEquals(0, run("backup", "--workspace", workspace.toString(), "--list"), err.toString());
        assertTrue(out.toString().contains("还没有备份。"), out.toString());
    }

    @Test
    void listRefusesAWorkspaceThatDoesNotExist() {
        Path missing = dir.resolve("没有这个企业.nineones");
        assertEquals(1, run("backup", "--workspace", missing.toString(), "--list"));
        assertTrue(err.toString().startsWith("backup: ") && err.toString().contains(missing.toString()), err.toString());
    }

    @Test
    void restoreBringsBackTheBackupAndSaysTheCurrentStateWasBackedUpFirst() throws Exception {
        addPost("电工");
        run("backup", "--workspace", workspace.toString());
        Path backup = Path.of(out.toString().strip().substring("已备份到：".length()));
        addPost("焊工");

        assertEquals(0, run("restore", "--workspace", workspace.toString(), "--from", backup.toString()),
                err.toString());

        String printed = out.toString();
        assertTrue(printed.startsWith("已从“" + backup + "”恢复。"), printed);
        assertTrue(printed.contains("恢复的内容：滨州示例化工有限公司：组织单元 1 个，岗位 1 个，人员 0 人，人员记录 0 条"), printed);
        assertTrue(printed.contains("恢复前的状态已先备份到："), printed);
        assertTrue(printed.contains("-before-restore.nineones"), printed);
        assertEquals(List.of("电工"), posts());
    }

    @Test
    void restoreRefusesAMissingFile() {
        Path missing = dir.resolve("没有.nineones");
        assertEquals(1, run("restore", "--workspace", workspace.toString(), "--from", missing.toString()));
        assertEquals("restore: 找不到备份文件“" + missing + "”，请检查路径。", err.toString().strip());
    }

    @Test
    void restoreRefusesAFileThatIsNotAWorkspace() throws Exception {
        Path text = Files.writeString(dir.resolve("说明.txt"), "这不是备份", StandardCharsets.UTF_8);
        assertEquals(1, run("restore", "--workspace", workspace.toString(), "--from", text.toString()));
        assertEquals("restore: “" + text + "”不是 nineones 工作区或它的备份，不能用来恢复。", err.toString().strip());
    }

    @Test
    void restoreRefusesAForeignSqliteFile() throws Exception {
        addPost("电工");
        Path foreign = dir.resolve("别的程序.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (text TEXT)");
        }
        assertEquals(1, run("restore", "--workspace", workspace.toString(), "--from", foreign.toString()));
        assertEquals("restore: “" + foreign + "”不是 nineones 工作区或它的备份，不能用来恢复。", err.toString().strip());
        assertEquals(List.of("电工"), posts(), "nothing changed");
    }
}
