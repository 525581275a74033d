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
import org.nineones.excel.HrExports;
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
        assertTrue(text.contains("第 5 行：姓名：姓名为空，请填写"), text);
        assertTrue(text.contains("第 6 行：身份证号：身份证号被 Excel 存成了数字"), text);
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
        assertTrue(out.toString().contains("第 5 行：姓名："));
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
    void importsADingTalkExportWithOrgUnitsAndPostsAndNamesTheColumnsItLeavesOut() throws Exception {
        Path file = HrExports.DINGTALK.write(folder);
        int code = run("import-roster", "--workspace", workspace.toString(), "--file", file.toString());
        assertEquals(NineonesCli.OK, code, err.toString());
        String text = out.toString();
        assertTrue(text.contains("不导入的列：员工UserID、直属主管"), text);
        assertTrue(text.contains("已新建组织机构：齐鲁化工有限公司/生产部/合成车间"), text);
        assertTrue(text.contains("已新建岗位：齐鲁化工有限公司/生产部/合成车间：反应釜操作工"), text);
        try (Workspace ws = Workspace.open(workspace)) {
            assertTrue(ws.read(s -> s.employees().all()).stream().allMatch(e -> e.postId() != null));
        }
    }

    @Test
    void anUnusedColumnThatLooksLikeOrgUnitsStopsWithExitCode1UntilIgnored() throws Exception {
        Path file = TestWorkbooks.xlsx(folder.resolve("四级.xlsx"), wb -> rows(wb.createSheet("人员"), 0,
                new Object[] {"姓名", "身份证号", "一级部门", "二级部门", "三级部门", "四级部门", "职位"},
                new Object[] {"张三", id(1), "生产部", "合成车间", "甲班", "一组", "操作工"}));
        assertEquals(NineonesCli.FAILED, run("import-roster", "--workspace", workspace.toString(), "--file",
                file.toString()));
        assertEquals("import-roster: 列“四级部门”看起来是组织机构，但不会导入，所以没有导入任何数据。要导入它，请加 --map 四级部门=team；"
                + "确实不需要，请加 --ignore 四级部门。", err.toString().strip());
        assertEquals(0, employees());

        assertEquals(NineonesCli.OK, run("import-roster", "--workspace", workspace.toString(), "--file",
                file.toString(), "--ignore", "四级部门"), err.toString());
        assertTrue(out.toString().contains("提示：“四级部门”（第 6 列）不导入：已选择忽略这一列。"), out.toString());
        assertEquals(1, employees());
    }

    @Test
    void importsACsvInGbkAndATabSeparatedTextWithABom() throws Exception {
        for (HrExports export : new HrExports[] {HrExports.CSV_GBK, HrExports.TSV_UTF8_BOM}) {
            Path file = export.write(folder);
            assertEquals(NineonesCli.OK, run("import-roster", "--workspace", workspace.toString(), "--file",
                    file.toString()), err.toString());
        }
        assertEquals(6, employees());
        assertTrue(out.toString().contains("要按建议导入“联系”，请加 --map 联系=phone"), out.toString());
    }

    @Test
    void aMonthOnlyDateIsStoredAsTheFirstAndSaysSo() throws Exception {
        Path file = TestWorkbooks.xlsx(folder.resolve("年月.xlsx"), wb -> rows(wb.createSheet("人员"), 0,
                new Object[] {"姓名", "身份证号", "部门", "岗位", "入职时间"},
                new Object[] {"张三", id(1), "生产部", "电工", "2019-3"}));
        assertEquals(NineonesCli.OK, run("import-roster", "--workspace", workspace.toString(), "--file",
                file.toString()), err.toString());
        assertTrue(out.toString().contains("第 2 行：入职时间：提示：“2019-3”只有年和月，已按 2019-03-01 保存"), out.toString());
        try (Workspace ws = Workspace.open(workspace)) {
            assertEquals(java.time.LocalDate.of(2019, 3, 1), ws.read(s -> s.employees().all()).get(0).hireDate());
        }
    }

    @Test
    void aRosterWithHeadersButNoPeopleFailsWithExitCode1WritingNothing() throws Exception {
        Path file = roster("空.xlsx");
        assertEquals(NineonesCli.FAILED, run("import-roster", "--workspace", workspace.toString(), "--file",
                file.toString()));
        assertTrue(err.toString().contains("但表头下面没有人员，未导入任何数据"), err.toString());
        try (Workspace ws = Workspace.open(workspace)) {
            assertEquals(0, ws.read(s -> s.orgUnits().count()).intValue());
        }
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
        for (String option : new String[] {"--workspace", "--file", "--sheet", "--map", "--ignore", "--dry-run",
                "--skip-invalid", "--report", ".csv"}) {
            assertTrue(out.toString().contains(option), option);
        }
    }
}
