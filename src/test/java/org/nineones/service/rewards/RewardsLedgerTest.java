package org.nineones.service.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.rewards.EntryDraft;
import org.nineones.model.rewards.RewardEntry;
import org.nineones.model.rewards.RewardKind;
import org.nineones.model.rewards.RewardRule;
import org.nineones.service.Progress;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerPreview;
import org.nineones.service.ledger.LedgerSheets;

/** The rewards ledger through Excel: export, read back, import with row-level messages, error report. */
class RewardsLedgerTest {

    @TempDir
    Path dir;
    RewardsFixture f;
    RewardsLedger ledger;

    @BeforeEach
    void setUp() throws Exception {
        f = new RewardsFixture(dir.resolve("甲").resolve("示范化工.nineones"), true);
        ledger = new RewardsLedger(f.service);
    }

    @AfterEach
    void tearDown() {
        f.workspace.close();
    }

    @Test
    void exportsTheEntriesInForceAndAnotherWorkspaceWithTheSameRosterImportsThemBack() throws Exception {
        f.service.loadDefaultRules(f.workspace);
        RewardRule p02 = f.service.rules(f.workspace).stream().filter(r -> r.code().equals("P02")).findFirst()
                .orElseThrow();
        RewardEntry first = f.service.record(f.workspace, new EntryDraft(LocalDate.of(2026, 11, 2), f.zhang.id(),
                null, null, "", p02.id(), f.duties.id(), 2, null, null, "车间主任"));
        f.service.correct(f.workspace, first.id(), new EntryDraft(LocalDate.of(2026, 11, 2), f.zhang.id(), null,
                RewardKind.PENALTY, "未戴安全帽进入装置区", p02.id(), f.duties.id(), 2, 80.0, 1.0, "车间主任"),
                "事由写得不清楚");
        f.service.record(f.workspace, new EntryDraft(LocalDate.of(2026, 11, 3), f.wang.id(), null,
                RewardKind.REWARD, "提出改进建议", null, null, null, 200.0, 2.0, "厂长"));
        f.service.record(f.workspace, new EntryDraft(LocalDate.of(2026, 10, 31), null, f.workshop.id(),
                RewardKind.REWARD, "季度无事故", null, null, null, 1500.5, 10.0, "总经理"));
        RewardEntry gone = f.service.record(f.workspace, new EntryDraft(LocalDate.of(2026, 11, 4), f.li.id(), null,
                RewardKind.PENALTY, "登记错了", null, null, null, 10.0, 1.0, "厂长"));
        f.service.withdraw(f.workspace, gone.id(), "不是他");

        Path xlsx = dir.resolve("导出").resolve("奖惩台账.xlsx");
        Files.createDirectories(xlsx.getParent());
        assertEquals(3, ledger.export(f.workspace, xlsx, Progress.NONE));

        List<List<String>> rows = read(xlsx);
        assertEquals("示范化工有限公司 安全生产奖惩台账", rows.get(0).get(0));
        assertEquals(List.of("日期", "姓名", "身份证号", "工号", "部门", "奖惩类别", "规则代码", "事由", "涉及职责",
                "金额(元)", "分值", "批准人", "备注"), rows.get(1));
        List<String> zhang = rows.stream().filter(r -> r.size() > 1 && r.get(1).equals("张三")).findFirst().orElseThrow();
        assertEquals("370102********" + RewardsFixture.ZHANG_ID.substring(14), zhang.get(2), "ID numbers masked");
        assertEquals("处罚", zhang.get(5));
        assertEquals("2. 正确佩戴和使用劳动防护用品", zhang.get(8));
        assertEquals("80", zhang.get(9));
        assertTrue(zhang.get(12).contains("事由写得不清楚"), zhang.get(12));
        assertTrue(rows.stream().noneMatch(r -> r.contains("登记错了")), "withdrawn entries are not exported");
        assertTrue(rows.stream().anyMatch(r -> r.size() > 4 && r.get(1).isEmpty() && r.get(4).equals("生产部 / 一车间")),
                "an entry for a unit has its path and no name");

        RewardsFixture other = new RewardsFixture(dir.resolve("乙").resolve("示范化工.nineones"), true);
        try {
            other.service.loadDefaultRules(other.workspace);
            LedgerPreview preview = ledger.preview(other.workspace, xlsx, Progress.NONE);
            assertEquals(List.of(), preview.errors());
            assertEquals(3, preview.toWrite());
            assertEquals(2, preview.headerRowNumber());
            LedgerImportResult result = ledger.commit(other.workspace, preview, false, Progress.NONE);
            assertEquals(new LedgerImportResult(3, 0), result);
            var audit = other.workspace.read(s -> s.audit().latest(1)).get(0);
            assertEquals("import", audit.action());
            assertTrue(audit.detail().startsWith("奖惩台账.xlsx: 3 written"), audit.detail());
            Map<String, RewardEntry> imported = other.service.entries(other.workspace, RewardsService.Filter.all())
                    .stream().collect(Collectors.toMap(EntryRow::subject, EntryRow::entry));
            RewardEntry back = imported.get("张三");
            assertEquals("未戴安全帽进入装置区", back.reason());
            assertEquals(80.0, back.amount());
            assertEquals(2, back.dutyPosition());
            assertEquals("正确佩戴和使用劳动防护用品", back.dutyText());
            assertEquals(other.duties.id(), back.dutyVersionId());
            assertEquals(1500.5, imported.get("一车间").amount());
            assertEquals(RewardKind.REWARD, imported.get("王五").kind());

            LedgerPreview again = ledger.preview(other.workspace, xlsx, Progress.NONE);
            assertEquals(3, again.invalidRows(), "importing the same sheet twice is refused row by row");
            assertTrue(again.errors().get(0).message().contains("已经登记过"), again.errors().get(0).message());
        } finally {
            other.workspace.close();
        }
    }

    @Test
    void everyBadRowGetsItsMessageAndNothingIsWrittenUnlessInvalidRowsAreSkipped() throws Exception {
        f.service.loadDefaultRules(f.workspace);
        Path xlsx = dir.resolve("导入奖惩.xlsx");
        String tomorrow = RewardsFixture.TODAY.plusDays(1).toString();
        write(xlsx, List.of(
                List.of("奖惩登记表"),
                List.of("日期", "姓名", "身份证号", "工号", "部门", "类别", "规则", "事由", "金额", "分值", "批准人"),
                List.of("2026-11-01", "张三", "", "", "", "处罚", "P01", "违章动火", "200", "2", "厂长"),
                List.of("2026-11-01", "赵六", "", "", "", "奖励", "", "好人好事", "100", "1", "厂长"),
                List.of("2026-11-01", "", "", "", "不存在的部门", "奖励", "", "好人好事", "100", "1", "厂长"),
                List.of("2026-11-01", "李四", "", "", "", "奖励", "", "好人好事", "-100", "1", "厂长"),
                List.of("2026-11-01", "李四", "", "", "", "奖励", "", "好人好事", "5000000", "1", "厂长"),
                List.of(tomorrow, "李四", "", "", "", "奖励", "", "好人好事", "100", "1", "厂长"),
                List.of("2026-11-01", "李四", "", "", "", "奖励", "", "好人好事", "100", "1", ""),
                List.of("2026-11-01", "李四", "", "", "", "奖励", "P01", "", "", "", "厂长"),
                List.of("2026-11-01", "", "", "A009", "", "奖励", "", "好人好事", "100", "1", "厂长"),
                List.of("2026-11-01", "", RewardsFixture.LI_ID, "", "", "奖赏", "", "好人好事", "100", "1", "厂长"),
                List.of("11月1日", "王五", "", "", "", "奖励", "X9", "好人好事", "一百", "1", "厂长"),
                List.of("2026-11-02", "", "", "", "生产部/一车间", "奖励", "", "月度无违章", "300", "3", "厂长")));
        LedgerPreview preview = ledger.preview(f.workspace, xlsx, Progress.NONE);
        assertEquals(12, preview.rows());
        assertEquals(10, preview.invalidRows());
        assertEquals(2, preview.toWrite());
        Map<Integer, String> byRow = preview.errors().stream().collect(Collectors.toMap(RowProblem::row,
                p -> p.column() + "：" + p.message(), (a, b) -> a + " | " + b));
        assertTrue(byRow.get(4).contains("花名册中没有“赵六”"), byRow.get(4));
        assertTrue(byRow.get(5).startsWith("部门：找不到部门“不存在的部门”"), byRow.get(5));
        assertTrue(byRow.get(6).startsWith("金额：金额不能为负数"), byRow.get(6));
        assertTrue(byRow.get(7).contains("可能输错了"), byRow.get(7));
        assertTrue(byRow.get(8).startsWith("日期：日期 " + tomorrow + " 晚于今天"), byRow.get(8));
        assertTrue(byRow.get(9).startsWith("批准人：请填写批准人"), byRow.get(9));
        assertTrue(byRow.get(10).contains("是处罚规则，不能登记为奖励"), byRow.get(10));
        assertTrue(byRow.get(11).startsWith("工号：花名册中没有工号为“A009”"), byRow.get(11));
        assertTrue(byRow.get(12).contains("类别“奖赏”无法识别"), byRow.get(12));
        assertTrue(byRow.get(13).contains("“11月1日”不是日期") && byRow.get(13).contains("没有代码为“X9”")
                && byRow.get(13).contains("“一百”不是数字"), byRow.get(13));
        assertFalse(byRow.containsKey(3));
        assertFalse(byRow.containsKey(14));

        LedgerException refused = assertThrows(LedgerException.class,
                () -> ledger.commit(f.workspace, preview, false, Progress.NONE));
        assertEquals(LedgerException.Reason.INVALID_ROWS, refused.reason());
        assertEquals(0, (int) f.workspace.read(s -> s.rewards().countEntries()), "nothing half-written");

        Path report = dir.resolve("错误报告.xlsx");
        ledger.writeErrorReport(preview, report);
        List<List<String>> reportRows = read(report);
        assertEquals(11, reportRows.size(), "header and the ten bad rows");
        assertTrue(reportRows.get(1).get(reportRows.get(1).size() - 1).startsWith("第 4 行："),
                reportRows.get(1).toString());

        assertEquals(new LedgerImportResult(2, 10), ledger.commit(f.workspace, preview, true, Progress.NONE));
        List<EntryRow> written = f.service.entries(f.workspace, RewardsService.Filter.all());
        assertEquals(List.of("张三", "一车间"), written.stream().map(EntryRow::subject).toList());
        assertEquals(200.0, written.get(0).entry().amount());
    }

    @Test
    void namesakesAreToldApartByTheirUnitOrRefused() throws Exception {
        org.nineones.service.people.PeopleService people = new org.nineones.service.people.PeopleService(f.messages);
        for (Object[] p : new Object[][] {{"37010219910404004", f.workshop.id()}, {"37010219920505005",
                f.department.id()}}) {
            people.save(f.workspace, new org.nineones.model.Employee(null, "赵六", org.nineones.model.Gender.MALE,
                    org.nineones.model.IdNumber.of(org.nineones.ui.TestData.id((String) p[0])), "", "", (Long) p[1],
                    null, null, org.nineones.model.EmployeeStatus.ACTIVE, "", null));
        }
        Path xlsx = dir.resolve("同名.xlsx");
        write(xlsx, List.of(
                List.of("日期", "姓名", "部门", "类别", "事由", "金额", "批准人"),
                List.of("2026-11-01", "赵六", "", "奖励", "好人好事", "100", "厂长"),
                List.of("2026-11-01", "赵六", "一车间", "奖励", "好人好事", "100", "厂长")));
        LedgerPreview preview = ledger.preview(f.workspace, xlsx, Progress.NONE);
        assertEquals(1, preview.invalidRows());
        assertEquals(2, preview.errors().get(0).row());
        assertTrue(preview.errors().get(0).message().startsWith("花名册中有 2 人叫“赵六”：赵六（工号 无，身份证号 370102********"),
                preview.errors().get(0).message());
        ledger.commit(f.workspace, preview, true, Progress.NONE);
        EntryRow row = f.service.entries(f.workspace, RewardsService.Filter.all()).get(0);
        assertEquals("生产部 / 一车间", row.unitPath());
    }

    @Test
    void aSheetWithoutTheNeededColumnsIsRefusedAsAWhole() throws Exception {
        Path xlsx = dir.resolve("缺列.xlsx");
        write(xlsx, List.of(List.of("姓名", "事由", "金额"), List.of("张三", "违章", "100")));
        LedgerException e = assertThrows(LedgerException.class, () -> ledger.preview(f.workspace, xlsx, Progress.NONE));
        assertEquals(LedgerException.Reason.MISSING_COLUMN, e.reason());
        assertTrue(e.getMessage().contains("日期") && e.getMessage().contains("批准人"), e.getMessage());
    }

    private static void write(Path file, List<List<String>> rows) throws Exception {
        LedgerSheets.write(file, rows);
    }

    private static List<List<String>> read(Path file) throws Exception {
        return LedgerSheets.read(file);
    }
}
