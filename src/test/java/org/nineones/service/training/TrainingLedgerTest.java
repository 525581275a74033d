package org.nineones.service.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.training.TrainingKind;
import org.nineones.model.training.TrainingSession;
import org.nineones.service.Progress;
import org.nineones.service.ledger.LedgerPreview;
import org.nineones.store.Workspace;

/** The training ledger (one row per session): bad rows, and the round trip through Excel. */
class TrainingLedgerTest {

    @TempDir
    Path dir;

    private final TrainingService service = new TrainingService(TrainingWorkspaces.ZH, TrainingWorkspaces.CLOCK);
    private final TrainingLedger ledger = new TrainingLedger(TrainingWorkspaces.ZH, TrainingWorkspaces.CLOCK);

    @Test
    void roundTripThroughExcelIntoAnotherWorkspace() throws Exception {
        Path out = dir.resolve("培训台账.xlsx");
        List<String> before;
        try (Workspace ws = TrainingWorkspaces.create(dir.resolve("甲.nineones"), false)) {
            TrainingWorkspaces.Ids ids = TrainingWorkspaces.populate(ws);
            service.save(ws, new TrainingSession(null, TrainingWorkspaces.TODAY.minusDays(3), 8, "厂级安全教育（新员工）",
                    TrainingKind.INDUCTION_COMPANY, "法律法规、厂规厂纪", "李安全", "培训室", ids.company()));
            service.save(ws, new TrainingSession(null, TrainingWorkspaces.TODAY.minusDays(2), 1.5, "班组安全交底",
                    TrainingKind.INDUCTION_TEAM, "", "班长", "甲班", ids.team()));
            service.save(ws, new TrainingSession(null, TrainingWorkspaces.TODAY.minusDays(1), 2, "消防演练",
                    TrainingKind.DRILL, "灭火器使用", "", "厂区", null));
            assertEquals(3, ledger.export(ws, out, Progress.NONE));
            before = sessions(ws);
            // the same sheet back into the same workspace changes nothing (rows carry their session numbers)
            LedgerPreview same = ledger.preview(ws, out, Progress.NONE);
            assertEquals(List.of(), same.errors());
            assertEquals(0, same.toWrite());
        }
        try (Workspace other = TrainingWorkspaces.create(dir.resolve("乙.nineones"), false)) {
            TrainingWorkspaces.populate(other);
            LedgerPreview preview = ledger.preview(other, out, Progress.NONE);
            assertEquals(List.of(), preview.errors());
            assertEquals(3, ledger.commit(other, preview, false, Progress.NONE).written());
            assertEquals(before, sessions(other));
        }
    }

    private static List<String> sessions(Workspace ws) {
        return ws.read(store -> {
            Map<Long, String> paths = org.nineones.model.OrgPaths.printed(store.orgUnits().all());
            return store.training().sessions().stream().map(s -> s.heldOn() + "|" + s.hours() + "|" + s.topic() + "|"
                    + s.kind() + "|" + s.content() + "|" + s.trainer() + "|" + s.place() + "|"
                    + (s.orgUnitId() == null ? "" : paths.get(s.orgUnitId()))).toList();
        });
    }

    @Test
    void badRowsGetAMessageEach() throws Exception {
        try (Workspace ws = TrainingWorkspaces.create(dir.resolve("丙.nineones"), false)) {
            TrainingWorkspaces.populate(ws);
            service.save(ws, new TrainingSession(null, TrainingWorkspaces.TODAY.minusDays(3), 8, "已登记",
                    TrainingKind.ANNUAL, "", "", "", null));
            String day = TrainingWorkspaces.TODAY.minusDays(3).toString();
            Path file = Sheets.write(dir.resolve("台账.xlsx"), List.of(
                    new Object[] {"培训日期", "学时", "培训主题", "培训类别", "组织部门"},
                    new Object[] {day, 4, "好的一行", "年度再培训", "生产部/一车间"},
                    new Object[] {"2099-01-01", 4, "未来", "年度再培训", ""},
                    new Object[] {day, -1, "负学时", "年度再培训", ""},
                    new Object[] {day, 4, "类别不对", "随便", ""},
                    new Object[] {day, 4, "部门不对", "应急演练", "不存在的部门"},
                    new Object[] {day, 4, "已登记", "年度再培训", ""},
                    new Object[] {day, 4, "好的一行", "ANNUAL", ""}));
            LedgerPreview preview = ledger.preview(ws, file, Progress.NONE);
            Map<Integer, String> m = preview.errors().stream().collect(Collectors.toMap(RowProblem::row,
                    RowProblem::message, (a, b) -> a + " | " + b));
            assertEquals(1, preview.toWrite());
            assertEquals(6, preview.invalidRows(), m.toString());
            assertTrue(m.get(3).contains("还没到"));
            assertTrue(m.get(4).contains("应大于 0"));
            assertTrue(m.get(5).contains("无法识别"));
            assertTrue(m.get(6).contains("不在组织机构中"));
            assertTrue(m.get(7).contains("已登记（场次编号"));
            assertTrue(m.get(8).contains("与第 2 行是同一场培训"));
        }
    }

    @Test
    void aRowWithTheSessionNumberAndOtherDetailsEditsTheSession() throws Exception {
        try (Workspace ws = TrainingWorkspaces.create(dir.resolve("丁.nineones"), false)) {
            TrainingWorkspaces.Ids ids = TrainingWorkspaces.populate(ws);
            TrainingSession annual = service.save(ws, new TrainingSession(null, TrainingWorkspaces.TODAY.minusDays(3), 8,
                    "年度再培训", TrainingKind.ANNUAL, "法规", "李安全", "培训室", null));
            TrainingSession drill = service.save(ws, new TrainingSession(null, TrainingWorkspaces.TODAY.minusDays(2), 4,
                    "消防演练", TrainingKind.DRILL, "", "", "厂区", null));
            service.addAttendees(ws, drill.id(), List.of(ids.wang1()));
            String day = TrainingWorkspaces.TODAY.minusDays(3).toString();
            String drillDay = TrainingWorkspaces.TODAY.minusDays(2).toString();
            Path file = Sheets.write(dir.resolve("改.xlsx"), List.of(
                    new Object[] {"场次编号", "培训日期", "学时", "培训主题", "培训类别", "培训内容", "授课人", "培训地点"},
                    new Object[] {annual.id(), day, 6, "年度再培训", "年度再培训", "法规", "王安全", "培训室"},
                    new Object[] {drill.id(), drillDay, 2, "消防演练", "应急演练", "", "", "厂区"}));
            LedgerPreview preview = ledger.preview(ws, file, Progress.NONE);
            // the drill's sign-in credits 4 hours: its hours cannot drop to 2
            assertEquals(1, preview.invalidRows(), preview.errors().toString());
            assertEquals(3, preview.errors().get(0).row());
            assertTrue(preview.errors().get(0).message().contains("签到"), preview.errors().get(0).message());
            assertEquals(1, preview.toWrite());
            String line = preview.willWrite().get(0);
            assertTrue(line.contains("修改培训") && line.contains("学时 8 → 6") && line.contains("授课人 李安全 → 王安全"),
                    line);
            assertEquals(1, ledger.commit(ws, preview, true, Progress.NONE).written());
            TrainingSession now = ws.read(store -> store.training().session(annual.id()).orElseThrow());
            assertEquals(6, now.hours());
            assertEquals("王安全", now.trainer());
            assertEquals("法规", now.content());
            assertEquals(TrainingKind.ANNUAL, now.kind());
            assertEquals(4, ws.read(store -> store.training().session(drill.id()).orElseThrow()).hours());
            List<String> audit = ws.read(store -> store.audit().latest(2).stream()
                    .map(e -> e.action() + " " + e.detail()).toList());
            assertTrue(audit.stream().anyMatch(a -> a.startsWith("update") && a.contains("hours: 8 → 6")
                    && a.contains("trainer: 李安全 → 王安全")), audit.toString());
            // the same sheet again: nothing left to write
            LedgerPreview again = ledger.preview(ws, file, Progress.NONE);
            assertEquals(0, again.toWrite());
            assertEquals(1, ((org.nineones.service.ledger.ImportPreview<?>) again).unchanged());
        }
    }
}
