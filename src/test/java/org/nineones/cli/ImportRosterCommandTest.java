package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nineones.excel.TestWorkbooks.id;
import static org.nineones.excel.TestWorkbooks.rows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.excel.TestWorkbooks;
import org.nineones.model.CreditCode;
import org.nineones.model.Messages;
import org.nineones.store.Workspace;

class ImportRosterCommandTest {

    @TempDir
    Path tempDir;

    private Services services;
    private Path folder;
    private Path workspace;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void setUp() throws Exception {
        services = new Services(new Settings(tempDir), new Messages(Locale.SIMPLIFIED_CHINESE));
        folder = Files.createDirectories(tempDir.resolve("张三的文件"));
        String first17 = "91371600MA3C12345";
        try (Workspace ws = services.workspaces().create(folder.resolve("化工厂.nineones"), "齐鲁化工有限公司",
                first17 + CreditCode.checkCharFor(first17))) {
            workspace = ws.file();
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return NineonesCli.commandLine(services, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path roster(String name, Object[]... data) throws Exception {
        return TestWorkbooks.xlsx(folder.resolve(name), wb -> {
            var sheet = wb.createSheet("花名册");
            rows(sheet, 0, new Object[] {"员工花名册"});
            rows(sheet, 2, new Object[] {"序号", "姓名", "身份证号", "部门", "岗位"});
            rows(sheet, 3, data);
        });
    }

    private int employees() throws Exception {
        try (Workspace ws = Workspace.open(workspace)) {
            return ws.read(s -> s.employees().count());
        }
    }

    @Test
    void importsAndListsTheOrgUnitsAndPostsItCreated() throws Exception {
        Path file = roster("花名册.xlsx", new Object[] {1, "张三", id(1), "生产部", "电工"},
                new Object[] {2, "李四", id(2), "生产部", "操作工"});
        int code = run("import-roster", "--workspace", workspace.toString(), "--file", file.toString());
        assertEquals(NineonesCli.OK, code, err.toString());
        String text = out.toString();
        assertTrue(text.contains("已新建组织机构：齐鲁化工有限公司/生产部"), text);
        assertTrue(text.contains("已新建岗位：齐鲁化工有限公司/生产部：电工（特种作业）"), text);
        assertTrue(text.contains("已导入：新增 2 人"), text);
        assertEquals(2, employees());
    }

    @Test
    void stopsWithExitCode2AndOneLinePerInvalidRowWritingNothing() throws Exception {
        Path file = roster("有误.xlsx", new Object[] {1, "张三", id(1), "生产部", "电工"},
                new Object[] {2, "", id(2), "生产部", "操作工"},
                new Object[] {3, "王五", 3.70102199001011E17, "生产部", "操作工"});
        Path report = folder.resolve("错误.xlsx");
        int code = run("import-roster", "--workspace", workspace.toString(), "--file", file.toString(),
                "--report", report.toString());
        assertEquals(NineonesCli.INVALID_ROWS, code);
        String text = out.toString();
        assertTrue(text.contains("row 5: 姓名: 姓名为空，请填写"), text);
        assertTrue(text.contains("row 6: 身份证号: 身份证号被 Excel 存成了数字"), text);
        assertTrue(err.toString().contains("未导入任何数据"), err.toString());
        assertTrue(Files.size(report) > 0);
        assertEquals(0, employees());
    }

    @Test
    void skipInvalidImportsTheCorrectRows() throws Exception {
        Path file = roster("有误.xlsx", new Object[] {1, "张三", id(1), "生产部", "电工"},
                new Object[] {2, "", id(2), "生产部", "操作工"});
        int code = run("import-roster", "--workspace", workspace.toString(), "--file", file.toString(),
                "--skip-invalid");
        assertEquals(NineonesCli.OK, code, err.toString());
        assertTrue(out.toString().contains("row 5: 姓名:"));
        assertEquals(1, employees());
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        Path file = roster("花名册.xlsx", new Object[] {1, "张三", id(1), "生产部", "电工"});
        int code = run("import-roster", "--workspace", workspace.toString(), "--file", file.toString(), "--dry-run");
        assertEquals(NineonesCli.OK, code, err.toString());
        assertTrue(out.toString().contains("将新建岗位："), out.toString());
        assertEquals(0, employees());
    }

    @Test
    void mapCorrectsTheColumnMapping() throws Exception {
        Path file = TestWorkbooks.xlsx(folder.resolve("映射.xlsx"), wb -> rows(wb.createSheet("人员"), 0,
                new Object[] {"职工名", "身份证号", "部门"}, new Object[] {"张三", id(1), "生产部"}));
        assertEquals(NineonesCli.FAILED, run("import-roster", "--workspace", workspace.toString(),
                "--file", file.toString()));
        assertTrue(err.toString().contains("--map"), err.toString());
        assertEquals(NineonesCli.OK, run("import-roster", "--workspace", workspace.toString(), "--file",
                file.toString(), "--map", "职工名=name"), err.toString());
        assertEquals(1, employees());
        assertEquals(NineonesCli.FAILED, run("import-roster", "--workspace", workspace.toString(), "--file",
                file.toString(), "--map", "职工名"));
    }

    @Test
    void aFileThatIsNoSpreadsheetFailsWithExitCode1AndOneSentence() throws Exception {
        Path file = Files.writeString(folder.resolve("名单.xlsx"), "not a spreadsheet", StandardCharsets.UTF_8);
        assertEquals(NineonesCli.FAILED, run("import-roster", "--workspace", workspace.toString(),
                "--file", file.toString()));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("不是 Excel 表格"), err.toString());
    }

    @Test
    void aWorkspaceThatIsNoWorkspaceFailsWithExitCode1() throws Exception {
        Path file = roster("花名册.xlsx", new Object[] {1, "张三", id(1), "生产部", "电工"});
        Path notWorkspace = Files.writeString(folder.resolve("假的.nineones"), "hello", StandardCharsets.UTF_8);
        assertEquals(NineonesCli.FAILED, run("import-roster", "--workspace", notWorkspace.toString(),
                "--file", file.toString()));
        assertTrue(err.toString().contains("不是九个一的企业数据文件"), err.toString());
    }

    @Test
    void helpDescribesEveryOption() {
        assertEquals(NineonesCli.OK, run("import-roster", "--help"));
        for (String option : new String[] {"--workspace", "--file", "--sheet", "--map", "--dry-run", "--skip-invalid",
                "--report"}) {
            assertTrue(out.toString().contains(option), option);
        }
    }
}
