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
}
