package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.excel.TestWorkbooks;
import org.nineones.model.CreditCode;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.store.Workspace;

class ContentExchangeCommandsTest {

    @TempDir
    Path tempDir;

    private Services services;
    private Path folder;
    private Path workspace;
    private long electrician;
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
            electrician = ws.write(s -> {
                OrgUnit company = s.orgUnits().insert(new OrgUnit(null, null, "齐鲁化工有限公司", OrgUnitKind.COMPANY, 0));
                OrgUnit production = s.orgUnits().insert(new OrgUnit(null, company.id(), "生产部",
                        OrgUnitKind.DEPARTMENT, 1));
                return s.posts().insert(new Post(null, production.id(), "电工", PostCategory.SPECIAL_OPERATION,
                        RiskLevel.GENERAL)).id();
            });
            services.content().saveDraft(ws, electrician, new DutyList(List.of(DutyItem.of("持证上岗"))));
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return NineonesCli.commandLine(services, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private List<String> duties() throws Exception {
        try (Workspace ws = Workspace.open(workspace)) {
            return ws.read(s -> ((DutyList) s.content().editingBase(electrician, ContentKind.DUTY_LIST).orElseThrow()
                    .body()).items().stream().map(DutyItem::duty).toList());
        }
    }

    private Path sheet(String name, Object[]... rows) throws Exception {
        return TestWorkbooks.xlsx(folder.resolve(name), wb -> {
            var sheet = wb.createSheet("清单");
            TestWorkbooks.rows(sheet, 0, new Object[] {"部门", "岗位", "序号", "职责内容", "责任形式"});
            TestWorkbooks.rows(sheet, 1, rows);
        });
    }

    @Test
    void exportWritesTheSpreadsheetAndSaysWhatItHolds() {
        Path file = folder.resolve("责任清单.xlsx");
        int code = run("export", "--workspace", workspace.toString(), "--kind", "duties", "--out", file.toString());
        assertEquals(NineonesCli.OK, code, err.toString());
        assertTrue(Files.isRegularFile(file));
        assertTrue(out.toString().contains("已导出岗位安全生产责任清单：1 个岗位（其中 1 个有内容），1 行"), out.toString());
    }

    @Test
    void importOfAnUnchangedExportChangesNothing() throws Exception {
        Path file = folder.resolve("责任清单.xlsx");
        run("export", "--workspace", workspace.toString(), "--kind", "duties", "--out", file.toString());
        int code = run("import", "--workspace", workspace.toString(), "--kind", "duties", "--file", file.toString());
        assertEquals(NineonesCli.OK, code, err.toString());
        assertTrue(out.toString().contains("新建草稿 0 个，更新草稿 0 个，内容未变 1 个"), out.toString());
    }

    @Test
    void importSavesTheNewContentAsTheDraft() throws Exception {
        Path file = sheet("新清单.xlsx", new Object[] {"生产部", "电工", 1, "持证上岗", "直接责任"},
                new Object[] {"生产部", "电工", 2, "每班巡检", "直接责任"});
        int code = run("import", "--workspace", workspace.toString(), "--kind", "duties", "--file", file.toString());
        assertEquals(NineonesCli.OK, code, err.toString());
        assertEquals(List.of("持证上岗", "每班巡检"), duties());
    }

    @Test
    void invalidRowsArePrintedOneALineAndStopTheImportWithExitCode2() throws Exception {
        Path file = sheet("有误.xlsx", new Object[] {"生产部", "电工", 1, "每班巡检", "主要责任"},
                new Object[] {"生产部", "钳工", 2, "保养设备", ""});
        Path report = folder.resolve("错误报告.xlsx");
        int code = run("import", "--workspace", workspace.toString(), "--kind", "duties", "--file", file.toString(),
                "--report", report.toString());
        assertEquals(NineonesCli.INVALID_ROWS, code);
        String text = out.toString();
        assertTrue(text.contains("第 2 行：责任形式：“主要责任”不是责任形式"), text);
        assertTrue(text.contains("第 3 行：岗位：组织机构“生产部”下没有岗位“钳工”。"), text);
        assertTrue(err.toString().contains("有 2 行有误，未导入任何内容"), err.toString());
        assertTrue(Files.isRegularFile(report));
        assertEquals(List.of("持证上岗"), duties());
    }

    @Test
    void dryRunListsThePostsItWouldChangeAndWritesNothing() throws Exception {
        Path file = sheet("新清单.xlsx", new Object[] {"生产部", "电工", 1, "每班巡检", ""});
        int code = run("import", "--workspace", workspace.toString(), "--kind", "duties", "--file", file.toString(),
                "--dry-run");
        assertEquals(NineonesCli.OK, code, err.toString());
        assertTrue(out.toString().contains("将保存为草稿：生产部：电工"), out.toString());
        assertEquals(List.of("持证上岗"), duties());
    }

    @Test
    void otherErrorsGiveExitCode1AndOneSentence() throws Exception {
        Path text = Files.writeString(folder.resolve("清单.xlsx"), "不是表格");
        assertEquals(NineonesCli.FAILED, run("import", "--workspace", workspace.toString(), "--kind", "duties",
                "--file", text.toString()));
        assertTrue(err.toString().startsWith("import: “清单.xlsx”不是 Excel 表格"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());

        assertEquals(NineonesCli.FAILED, run("export", "--workspace", workspace.toString(), "--kind", "cards",
                "--out", folder.resolve("x.xlsx").toString()));
        assertTrue(err.toString().contains("--kind 应为 duties|procedures|risk-cards|emergency-cards|letters|training|attendance"
                        + "|exams|rewards|assessments|problems 之一，而不是“cards”"),
                err.toString());
    }
}
