package org.nineones.service.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.excel.TestWorkbooks;
import org.nineones.excel.content.ExchangeKind;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.Messages;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.VersionStatus;
import org.nineones.service.Progress;
import org.nineones.service.content.PostContentService;
import org.nineones.store.AuditLog;
import org.nineones.store.Workspace;
import org.nineones.service.sample.SampleCopy;

class ContentExchangeServiceTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    @TempDir
    Path tempDir;
    private Path folder;
    private Workspace ws;
    private ExchangeFixtures.Posts posts;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final ContentExchangeService exchange = new ContentExchangeService(messages);
    private final PostContentService content = new PostContentService(messages);

    @BeforeEach
    void createWorkspace() throws Exception {
        folder = Files.createDirectories(tempDir.resolve("张三的文件"));
        ws = ExchangeFixtures.workspace(folder.resolve("示范.nineones"));
        posts = ExchangeFixtures.posts(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<ContentVersion> history(long postId, ContentKind kind) {
        return content.history(ws, postId, kind);
    }

    private int versionCount() {
        return ws.read(s -> s.content().allWithoutBodies().size());
    }

    private ExchangeResult importFile(Workspace target, ExchangeKind kind, Path file) throws ExchangeException {
        ExchangePreview preview = exchange.preview(target, kind, file, Progress.NONE);
        assertEquals(List.of(), preview.errors());
        return exchange.commit(target, preview, false, Progress.NONE);
    }

    /** A duty sheet written by hand: a title and a note above the header, header variants, full-width spaces. */
    private Path handWritten(String name, Object[]... rows) throws Exception {
        return TestWorkbooks.xlsx(folder.resolve(name), wb -> {
            var sheet = wb.createSheet("责任清单");
            TestWorkbooks.rows(sheet, 0, new Object[] {"示范化工岗位安全生产责任清单"});
            TestWorkbooks.rows(sheet, 1, new Object[] {"说明：每行一条职责"});
            TestWorkbooks.rows(sheet, 3, new Object[] {"序号", "部门", "岗位", "安全职责", "责任人员", "责任范围",
                "考核办法", "责任形式"});
            TestWorkbooks.rows(sheet, 4, rows);
        });
    }

    @ParameterizedTest
    @EnumSource(ExchangeKind.class)
    void exportThenImportIntoAnotherWorkspaceGivesTheSameContent(ExchangeKind kind) throws Exception {
        content.saveDraft(ws, posts.electrician(), ExchangeFixtures.rich(kind.contentKind()));
        if (kind == ExchangeKind.DUTIES) {
            content.saveDraft(ws, posts.welder(), ExchangeFixtures.otherDuties());
        }
        Path file = folder.resolve(kind.key() + ".xlsx");
        ExportResult exported = exchange.export(ws, kind, file, Progress.NONE);
        assertEquals(4, exported.posts());

        try (Workspace other = ExchangeFixtures.workspace(folder.resolve("另一个.nineones"))) {
            ExchangeFixtures.Posts otherPosts = ExchangeFixtures.posts(other);
            ExchangeResult result = importFile(other, kind, file);
            assertEquals(kind == ExchangeKind.DUTIES ? 2 : 1, result.newDrafts());
            ContentVersion imported = other.read(s -> s.content().draft(otherPosts.electrician(), kind.contentKind()))
                    .orElseThrow();
            assertEquals(ExchangeFixtures.rich(kind.contentKind()), imported.body());
            if (kind == ExchangeKind.DUTIES) {
                assertEquals(ExchangeFixtures.otherDuties(), other.read(s -> s.content()
                        .draft(otherPosts.welder(), ContentKind.DUTY_LIST)).orElseThrow().body());
            }
            assertTrue(other.read(s -> s.content().editingBase(otherPosts.guard(), kind.contentKind())).isEmpty(),
                    "a post exported without content gets none");
        }
    }

    @ParameterizedTest
    @EnumSource(ExchangeKind.class)
    void importingAnUnchangedExportChangesNothing(ExchangeKind kind) throws Exception {
        content.saveDraft(ws, posts.electrician(), ExchangeFixtures.rich(kind.contentKind()));
        content.approve(ws, posts.electrician(), kind.contentKind(), "王厂长", JAN);
        Path file = folder.resolve("原样.xlsx");
        exchange.export(ws, kind, file, Progress.NONE);
        int before = versionCount();

        ExchangePreview preview = exchange.preview(ws, kind, file, Progress.NONE);
        assertEquals(List.of(), preview.changes());
        assertEquals(1, preview.unchanged());
        ExchangeResult result = exchange.commit(ws, preview, false, Progress.NONE);
        assertEquals(0, result.newDrafts() + result.updatedDrafts());
        assertEquals(before, versionCount());
    }

    @Test
    void importOverAnApprovedVersionStartsANewDraftAndLeavesTheApprovedOneAsItWas() throws Exception {
        content.saveDraft(ws, posts.electrician(), ExchangeFixtures.duties());
        content.approve(ws, posts.electrician(), ContentKind.DUTY_LIST, "王厂长", JAN);
        Path file = folder.resolve("清单.xlsx");
        exchange.export(ws, ExchangeKind.DUTIES, file, Progress.NONE);
        editCell(file, 3, 4, "严格执行电气安全操作规程，持证上岗，定期复审");

        ExchangeResult result = importFile(ws, ExchangeKind.DUTIES, file);
        assertEquals(1, result.newDrafts());
        List<ContentVersion> history = history(posts.electrician(), ContentKind.DUTY_LIST);
        assertEquals(List.of(2, 1), history.stream().map(ContentVersion::number).toList());
        assertEquals(VersionStatus.DRAFT, history.get(0).status());
        assertEquals("严格执行电气安全操作规程，持证上岗，定期复审",
                ((DutyList) history.get(0).body()).items().get(0).duty());
        assertEquals(ExchangeFixtures.duties(), history.get(1).body(), "the approved version is unchanged");
        assertEquals(VersionStatus.APPROVED, history.get(1).status());
    }

    @Test
    void importUpdatesAnExistingDraftInPlace() throws Exception {
        content.saveDraft(ws, posts.electrician(), ExchangeFixtures.duties());
        Path file = folder.resolve("清单.xlsx");
        exchange.export(ws, ExchangeKind.DUTIES, file, Progress.NONE);
        editCell(file, 3, 7, "持证率100%");

        ExchangeResult result = importFile(ws, ExchangeKind.DUTIES, file);
        assertEquals(1, result.updatedDrafts());
        List<ContentVersion> history = history(posts.electrician(), ContentKind.DUTY_LIST);
        assertEquals(1, history.size());
        assertEquals("持证率100%", ((DutyList) history.get(0).body()).items().get(0).assessmentStandard());
    }

    @Test
    void exportWritesABoldFrozenHeaderFixedWidthsDropDownsAndTheVersion() throws Exception {
        content.saveDraft(ws, posts.electrician(), ExchangeFixtures.duties());
        content.approve(ws, posts.electrician(), ContentKind.DUTY_LIST, "王厂长", JAN);
        content.saveDraft(ws, posts.welder(), ExchangeFixtures.otherDuties());
        Path file = folder.resolve("清单.xlsx");
        exchange.export(ws, ExchangeKind.DUTIES, file, Progress.NONE);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("岗位安全生产责任清单", sheet.getSheetName());
            assertEquals(List.of("部门", "岗位", "序号", "类别", "职责内容", "责任人", "范围", "考核标准", "依据", "责任形式",
                    "版本（导入时不读）"), texts(sheet.getRow(0)));
            assertTrue(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(48 * 256, sheet.getColumnWidth(4));
            assertEquals(List.of("直接责任,连带责任,分管责任,完全责任"), sheet.getDataValidations().stream()
                    .map(v -> String.join(",", v.getValidationConstraint().getExplicitListValues())).toList());
            // tree order: 门卫 at the company, 安全员 (no content: one row each), 电工 (3 duties, approved), 焊工 (2, draft)
            assertEquals(List.of("示范化工", "门卫"), texts(sheet.getRow(1)));
            assertEquals(List.of("生产部", "安全员"), texts(sheet.getRow(2)));
            assertEquals(List.of("生产部/一车间", "电工", "1", "安全操作", "严格执行电气安全操作规程，持证上岗", "本岗位",
                    "一车间配电室及用电设备", "无证上岗一次扣5分", "《安全生产法》第三十条", "直接责任", "第 1 版 已批准（2026-01-01 起生效）"),
                    texts(sheet.getRow(3)));
            assertEquals("第 1 版 草稿", sheet.getRow(6).getCell(10).getStringCellValue());
            assertEquals(7, sheet.getLastRowNum());
        }
    }

    @Test
    void riskCardsAreOneRowPerPostWithALinePerItem() throws Exception {
        content.saveDraft(ws, posts.electrician(), ExchangeFixtures.riskCard());
        Path file = folder.resolve("风险告知卡.xlsx");
        exchange.export(ws, ExchangeKind.RISK_CARDS, file, Progress.NONE);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row row = wb.getSheetAt(0).getRow(3);
            assertEquals(List.of("生产部/一车间", "电工", "较大", "带电设备\n临时用电线路老化", "触电、火灾、高处坠落",
                    "人员触电伤亡\n电气火灾", "停电验电挂牌\n定期检测绝缘\n登高系安全带",
                    "火警：119\n急救：120\n车间值班室：0543-3211234", "第 1 版 草稿"), texts(row));
            assertEquals(List.of("重大,较大,一般,低"), wb.getSheetAt(0).getDataValidations().stream()
                    .map(v -> String.join(",", v.getValidationConstraint().getExplicitListValues())).toList());
        }
    }

    @Test
    void aHandWrittenSheetWithTitlesHeaderVariantsAndScatteredRowsIsRead() throws Exception {
        Path file = handWritten("手写清单.xlsx",
                new Object[] {1, "生产部 ／ 一车间", "电工", "持证上岗", "本岗位", "配电室", "无证上岗扣5分", "直接"},
                new Object[] {1, "示范化工/生产部/一车间", "焊工", "动火办证", "", "", "", ""},
                new Object[] {},
                new Object[] {2, "生产部/一车间", "电工\u3000", "\u3000每班巡检线路", "班长", "", "", "连带责任"});
        ExchangeResult result = importFile(ws, ExchangeKind.DUTIES, file);
        assertEquals(2, result.newDrafts());
        DutyList electrician = (DutyList) history(posts.electrician(), ContentKind.DUTY_LIST).get(0).body();
        assertEquals(List.of("持证上岗", "每班巡检线路"), electrician.items().stream().map(DutyItem::duty).toList());
        assertEquals("无证上岗扣5分", electrician.items().get(0).assessmentStandard());
        assertEquals(org.nineones.model.content.ResponsibilityForm.JOINT, electrician.items().get(1).form());
        assertEquals(List.of("动火办证"), ((DutyList) history(posts.welder(), ContentKind.DUTY_LIST).get(0).body())
                .items().stream().map(DutyItem::duty).toList());
    }

    @Test
    void anXlsWithThePostWrittenOnceAndMergedDownIsRead() throws Exception {
        Path file = TestWorkbooks.xls(folder.resolve("旧版清单.xls"), wb -> {
            var sheet = wb.createSheet("清单");
            TestWorkbooks.rows(sheet, 0, new Object[] {"部门", "岗位", "序号", "职责", "考核标准"},
                    new Object[] {"生产部/一车间", "电工", 1, "持证上岗", "无证上岗扣5分"},
                    new Object[] {null, null, 2, "每班巡检", ""},
                    new Object[] {null, null, 3, "参加演练", ""});
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 3, 0, 0));
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 3, 1, 1));
        });
        assertEquals(1, importFile(ws, ExchangeKind.DUTIES, file).newDrafts());
        assertEquals(List.of("持证上岗", "每班巡检", "参加演练"), ((DutyList) history(posts.electrician(),
                ContentKind.DUTY_LIST).get(0).body()).items().stream().map(DutyItem::duty).toList());
    }

    @Test
    void malformedRowsAreReportedByRowAndColumnAndNothingIsWritten() throws Exception {
        content.saveDraft(ws, posts.electrician(), ExchangeFixtures.duties());
        int before = versionCount();
        Path file = handWritten("有误.xlsx",
                new Object[] {1, "生产部/一车间", "电工", "持证上岗", "", "", "", "主要责任"},
                new Object[] {2, "生产部/一车间", "钳工", "定期保养", "", "", "", ""},
                new Object[] {3, "生产部/二车间", "电工", "巡检", "", "", "", ""},
                new Object[] {"三", "生产部/一车间", "焊工", "", "班长", "", "", ""},
                new Object[] {5, "", "焊工", "动火办证", "", "", "", ""});
        ExchangePreview preview = exchange.preview(ws, ExchangeKind.DUTIES, file, Progress.NONE);
        List<String> lines = preview.errors().stream().map(e -> e.row() + " " + e.column() + " " + e.message()).toList();
        assertEquals(List.of(
                "5 责任形式 “主要责任”不是责任形式，请填写其中之一：直接责任、连带责任、分管责任、完全责任。",
                "6 岗位 组织机构“生产部/一车间”下没有岗位“钳工”。请改正部门或岗位名称，或先在组织机构中建立这个岗位。",
                "7 岗位 没有组织机构“生产部/二车间”，所以找不到岗位“电工”。请按“生产部/一车间”的写法填写部门，或先在组织机构中建立它。",
                "8 序号 “三”不是序号，请填写从 1 开始的整数。",
                "8 安全职责 不能为空，请填写。",
                "9 部门 不能为空，请填写。"), lines);
        assertEquals(5, preview.invalidRows());
        ExchangeException e = assertThrows(ExchangeException.class,
                () -> exchange.commit(ws, preview, false, Progress.NONE));
        assertEquals(ExchangeException.Reason.INVALID_ROWS, e.reason());
        assertEquals(before, versionCount());
        assertEquals(ExchangeFixtures.duties(), history(posts.electrician(), ContentKind.DUTY_LIST).get(0).body());
    }

    @Test
    void unknownValuesOfTheOtherKindsAreReported() throws Exception {
        Path procedures = TestWorkbooks.xlsx(folder.resolve("规程.xlsx"), wb -> TestWorkbooks.rows(wb.createSheet("规程"), 0,
                new Object[] {"部门", "岗位", "环节", "序号", "内容"},
                new Object[] {"生产部/一车间", "电工", "作业中间", 1, "不得带电作业"},
                new Object[] {"生产部/一车间", "电工", "作业前", 1, ""}));
        assertEquals(List.of("2 环节", "3 内容"), problems(ExchangeKind.PROCEDURES, procedures));
        Path cards = TestWorkbooks.xlsx(folder.resolve("告知卡.xlsx"), wb -> TestWorkbooks.rows(wb.createSheet("告知卡"), 0,
                new Object[] {"部门", "岗位", "风险等级", "主要危险因素", "事故类型"},
                new Object[] {"生产部/一车间", "电工", "很高", "带电设备", "触电"},
                new Object[] {"生产部/一车间", "焊工", "较大风险", "焊接烟尘", "灼烫"},
                new Object[] {"生产部/一车间", "焊工", "一般", "高处焊接", ""},
                new Object[] {"生产部", "安全员", "", "巡查", ""},
                new Object[] {"示范化工", "门卫", "低", "车辆进出", "车辆伤害、摔倒"}));
        assertEquals(List.of("2 风险等级", "4 风险等级", "5 风险等级", "6 事故类型"),
                problems(ExchangeKind.RISK_CARDS, cards));
        Path emergency = TestWorkbooks.xlsx(folder.resolve("处置卡.xlsx"), wb -> TestWorkbooks.rows(wb.createSheet("处置卡"),
                0, new Object[] {"部门", "岗位", "情景", "步骤序号", "步骤", "联系人", "电话"},
                new Object[] {"生产部/一车间", "电工", "", 1, "切断电源", "", ""},
                new Object[] {"生产部/一车间", "电工", "触电", 0, "切断电源", "", ""}));
        assertEquals(List.of("2 情景", "3 步骤序号"), problems(ExchangeKind.EMERGENCY_CARDS, emergency));
    }

    private List<String> problems(ExchangeKind kind, Path file) throws ExchangeException {
        return exchange.preview(ws, kind, file, Progress.NONE).errors().stream().map(p -> p.row() + " " + p.column())
                .toList();
    }

    @Test
    void skipInvalidImportsThePostsWhoseRowsAreAllCorrect() throws Exception {
        Path file = handWritten("部分有误.xlsx",
                new Object[] {1, "生产部/一车间", "电工", "持证上岗", "", "", "", ""},
                new Object[] {2, "生产部/一车间", "焊工", "动火办证", "", "", "", ""},
                new Object[] {3, "生产部/一车间", "焊工", "清理现场", "", "", "", "间接"});
        ExchangePreview preview = exchange.preview(ws, ExchangeKind.DUTIES, file, Progress.NONE);
        assertEquals(1, preview.invalidPosts());
        ExchangeResult result = exchange.commit(ws, preview, true, Progress.NONE);
        assertEquals(1, result.newDrafts());
        assertEquals(1, result.skippedPosts());
        assertEquals(1, history(posts.electrician(), ContentKind.DUTY_LIST).size());
        assertTrue(history(posts.welder(), ContentKind.DUTY_LIST).isEmpty(), "part of a post's list is never imported");
    }

    @Test
    void filesThatAreNoContentSheetGiveOneClearSentence() throws Exception {
        Path text = Files.writeString(folder.resolve("清单.xlsx"), "这不是表格");
        ExchangeException notSheet = assertThrows(ExchangeException.class,
                () -> exchange.preview(ws, ExchangeKind.DUTIES, text, Progress.NONE));
        assertEquals(ExchangeException.Reason.UNREADABLE, notSheet.reason());
        assertTrue(notSheet.getMessage().startsWith("“清单.xlsx”不是 Excel 表格"), notSheet.getMessage());

        Path noHeader = TestWorkbooks.xlsx(folder.resolve("无表头.xlsx"), wb -> TestWorkbooks.rows(wb.createSheet("Sheet1"),
                0, new Object[] {"张三", "电工"}, new Object[] {"李四", "焊工"}));
        ExchangeException header = assertThrows(ExchangeException.class,
                () -> exchange.preview(ws, ExchangeKind.DUTIES, noHeader, Progress.NONE));
        assertTrue(header.getMessage().contains("找不到岗位安全生产责任清单的表头"), header.getMessage());

        Path noDutyColumn = TestWorkbooks.xlsx(folder.resolve("缺列.xlsx"), wb -> TestWorkbooks.rows(
                wb.createSheet("Sheet1"), 0, new Object[] {"部门", "岗位", "考核标准"},
                new Object[] {"生产部", "安全员", "每月考核"}));
        ExchangeException missing = assertThrows(ExchangeException.class,
                () -> exchange.preview(ws, ExchangeKind.DUTIES, noDutyColumn, Progress.NONE));
        assertEquals(ExchangeException.Reason.MISSING_COLUMN, missing.reason());
        assertTrue(missing.getMessage().contains("缺少岗位安全生产责任清单必需的列：职责内容"), missing.getMessage());
    }

    @Test
    void errorReportRepeatsTheBadRowsWithTheOffendingCellsFilledAndAMessage() throws Exception {
        Path file = handWritten("有误.xlsx",
                new Object[] {1, "生产部/一车间", "电工", "持证上岗", "", "", "", "主要责任"},
                new Object[] {2, "生产部/一车间", "焊工", "动火办证", "", "", "", ""},
                new Object[] {3, "生产部/一车间", "钳工", "保养", "", "", "", ""});
        ExchangePreview preview = exchange.preview(ws, ExchangeKind.DUTIES, file, Progress.NONE);
        Path report = folder.resolve("错误报告.xlsx");
        exchange.writeErrorReport(preview, report);
        try (InputStream in = Files.newInputStream(report); Workbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheetAt(0);
            assertEquals("有误的行", sheet.getSheetName());
            assertEquals(List.of("序号", "部门", "岗位", "安全职责", "责任人员", "责任范围", "考核办法", "责任形式", "错误说明"),
                    texts(sheet.getRow(0)));
            assertEquals(2, sheet.getLastRowNum());
            Row first = sheet.getRow(1);
            assertEquals("主要责任", first.getCell(7).getStringCellValue());
            assertEquals(FillPatternType.SOLID_FOREGROUND, first.getCell(7).getCellStyle().getFillPattern());
            assertEquals(FillPatternType.NO_FILL, first.getCell(3).getCellStyle().getFillPattern());
            assertTrue(first.getCell(8).getStringCellValue().startsWith("第 5 行：责任形式：“主要责任”不是责任形式"),
                    first.getCell(8).getStringCellValue());
            assertEquals("钳工", sheet.getRow(2).getCell(2).getStringCellValue());
        }
        ExchangeException over = assertThrows(ExchangeException.class, () -> exchange.writeErrorReport(preview, file));
        assertTrue(over.getMessage().contains("不能保存为要导入的文件本身"), over.getMessage());
    }

    @Test
    void anImportIsAuditedDraftByDraft() throws Exception {
        Path file = handWritten("清单.xlsx", new Object[] {1, "生产部/一车间", "电工", "持证上岗", "", "", "", ""});
        importFile(ws, ExchangeKind.DUTIES, file);
        List<AuditLog.Entry> audit = ws.read(s -> s.audit().latest(2));
        assertEquals(List.of("import", "import-draft"), audit.stream().map(AuditLog.Entry::action).toList());
        assertEquals("生产部/一车间：电工 DUTY_LIST v1", audit.get(1).detail());
        assertTrue(audit.get(0).detail().startsWith("duties 清单.xlsx: 1 new"), audit.get(0).detail());
    }

    @Test
    void theSampleEnterprisesDutyListsSurviveTheRoundTripUnchanged() throws Exception {
        Services services = new Services(new Settings(tempDir.resolve("设置")), messages);
        // a copy of the sample built once per run: openSample opens it
        SampleCopy.into(folder.resolve("示例"));
        try (Workspace sample = services.sample().openSample(folder.resolve("示例"), Progress.NONE)) {
            Path file = folder.resolve("示例清单.xlsx");
            ExportResult exported = exchange.export(sample, ExchangeKind.DUTIES, file, Progress.NONE);
            assertTrue(exported.withContent() > 0, "the sample's posts have minimal duty lists");
            ExchangePreview preview = exchange.preview(sample, ExchangeKind.DUTIES, file, Progress.NONE);
            assertEquals(List.of(), preview.errors());
            assertEquals(List.of(), preview.changes());
            assertEquals(exported.withContent(), preview.unchanged());
        }
    }

    private static void editCell(Path file, int row, int column, String text) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row r = wb.getSheetAt(0).getRow(row);
            if (r.getCell(column) != null) {
                // the export writes inline strings; POI would keep the old one beside a new value, Excel would not
                r.removeCell(r.getCell(column));
            }
            r.createCell(column).setCellValue(text);
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                    ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return texts;
    }
}
