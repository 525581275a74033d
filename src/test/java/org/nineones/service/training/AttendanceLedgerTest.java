package org.nineones.service.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.training.Attendance;
import org.nineones.model.training.TrainingKind;
import org.nineones.model.training.TrainingSession;
import org.nineones.service.Progress;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerPreview;
import org.nineones.store.Workspace;

/** The sign-in sheet import: every kind of bad row gets its own message and nothing is written; the round trip. */
class AttendanceLedgerTest {

    private static final Object[] HEADER = {"培训日期", "培训主题", "姓名", "身份证号", "工号", "学时", "成绩", "是否合格"};

    @TempDir
    Path dir;

    private Workspace ws;
    private TrainingWorkspaces.Ids ids;
    private final TrainingService service = new TrainingService(TrainingWorkspaces.ZH, TrainingWorkspaces.CLOCK);
    private final AttendanceLedger ledger = new AttendanceLedger(TrainingWorkspaces.ZH, TrainingWorkspaces.CLOCK);
    private TrainingSession annual;
    private TrainingSession morning;
    private TrainingSession afternoon;

    @BeforeEach
    void open() throws Exception {
        ws = TrainingWorkspaces.create(dir.resolve("签到.nineones"), true);
        ids = TrainingWorkspaces.populate(ws);
        annual = service.save(ws, new TrainingSession(null, TrainingWorkspaces.TODAY.minusDays(30), 8, "年度安全再培训",
                TrainingKind.ANNUAL, "", "李安全", "会议室", null));
        morning = service.save(ws, new TrainingSession(null, TrainingWorkspaces.TODAY.minusDays(5), 16, "应急演练一",
                TrainingKind.DRILL, "", "", "", null));
        afternoon = service.save(ws, new TrainingSession(null, TrainingWorkspaces.TODAY.minusDays(5), 16, "应急演练二",
                TrainingKind.DRILL, "", "", "", null));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private String id(int n) {
        return TrainingWorkspaces.idNumber(n).value();
    }

    private Path sheet(Object[]... rows) throws Exception {
        List<Object[]> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(List.of(rows));
        return Sheets.write(dir.resolve("sheet-" + System.nanoTime() + ".xlsx"), all);
    }

    private static Map<Integer, String> messages(LedgerPreview preview) {
        return preview.errors().stream().collect(Collectors.toMap(RowProblem::row, RowProblem::message,
                (a, b) -> a + " | " + b));
    }

    @Test
    void importsGoodRowsWithTheSessionsHoursByDefault() throws Exception {
        String day = annual.heldOn().toString();
        LedgerPreview preview = ledger.preview(ws, sheet(
                new Object[] {day, "年度安全再培训", "王一", id(3), "", null, 92, "合格"},
                new Object[] {day, "年度安全再培训", "王二", "", "E004", 6, null, null},
                new Object[] {day, "年度安全再培训", "王三", "", "", 8, 55, "不合格"}), Progress.NONE);
        assertEquals(List.of(), preview.errors());
        assertEquals(3, preview.toWrite());
        assertTrue(preview.willWrite().get(0).contains("王一"));
        LedgerImportResult result = ledger.commit(ws, preview, false, Progress.NONE);
        assertEquals(3, result.written());
        List<Attendance> in = service.attendance(ws, annual.id());
        assertEquals(3, in.size());
        Map<Long, Attendance> by = in.stream().collect(Collectors.toMap(Attendance::employeeId, a -> a));
        assertEquals(8, by.get(ids.wang1()).hours());
        assertEquals(92.0, by.get(ids.wang1()).score());
        assertEquals(true, by.get(ids.wang1()).passed());
        assertEquals(6, by.get(ids.wang2()).hours());
        assertEquals(false, by.get(ids.wang3()).passed());
    }

    @Test
    void aSessionLongerThanADayCreditsItsHours() throws Exception {
        TrainingSession course = service.save(ws, new TrainingSession(null, TrainingWorkspaces.TODAY.minusDays(60), 72,
                "新员工岗前安全培训（高危行业）", TrainingKind.INDUCTION_COMPANY, "", "李安全", "培训中心", null));
        String day = course.heldOn().toString();
        LedgerPreview preview = ledger.preview(ws, sheet(
                new Object[] {day, course.topic(), "王一", "", "", null, null, null},
                new Object[] {day, course.topic(), "王二", "", "", 72, null, null},
                new Object[] {day, course.topic(), "王三", "", "", 73, null, null}), Progress.NONE);
        Map<Integer, String> m = messages(preview);
        assertEquals(1, preview.invalidRows(), m.toString());
        assertTrue(m.get(4).contains("73"), m.toString());
        assertEquals(2, ledger.commit(ws, preview, true, Progress.NONE).written());
        assertEquals(List.of(72.0, 72.0), service.attendance(ws, course.id()).stream().map(Attendance::hours).toList());
    }

    @Test
    void everyBadRowGetsItsOwnMessageAndNothingIsWritten() throws Exception {
        service.addAttendees(ws, annual.id(), List.of(ids.safety()));
        String day = annual.heldOn().toString();
        String drill = morning.heldOn().toString();
        Path file = sheet(
                new Object[] {day, "年度安全再培训", "王一", id(3), "", 8, 90, "合格"},            // 2 good
                new Object[] {day, "年度安全再培训", "陌生人", "", "", 8, null, null},            // 3 not in roster
                new Object[] {day, "年度安全再培训", "王二", "", "", -2, null, null},             // 4 negative hours
                new Object[] {day, "年度安全再培训", "王三", "", "", 9, null, null},              // 5 more than session
                new Object[] {day, "年度安全再培训", "赵焊工", "", "", 8, 120, null},             // 6 score above 100
                new Object[] {"2099-01-01", "年度安全再培训", "王三", "", "", 8, null, null},    // 7 future date
                new Object[] {day, "年度安全再培训", "王一", "", "", 8, null, null},              // 8 duplicate in sheet
                new Object[] {day, "年度安全再培训", "李安全", "", "", 8, null, null},            // 9 already recorded
                new Object[] {day, "没有这场培训", "王三", "", "", 8, null, null},                // 10 unknown session
                new Object[] {day, "年度安全再培训", "刘同名", "", "", 8, null, null},            // 11 two people so named
                new Object[] {drill, "应急演练一", "张总", "", "", 16, null, null},               // 12 good
                new Object[] {drill, "应急演练二", "张总", "", "", 16, null, null},               // 13 32 h in one day
                new Object[] {day, "年度安全再培训", "王三", "110101199001010000", "", 8, null, null}, // 14 unknown id
                new Object[] {day, "年度安全再培训", "王三", "", "", "八", null, "也许"});         // 15 not a number, pass
        LedgerPreview preview = ledger.preview(ws, file, Progress.NONE);
        Map<Integer, String> m = messages(preview);
        assertEquals(12, preview.invalidRows(), m.toString());
        assertEquals(2, preview.toWrite());
        assertTrue(m.get(3).contains("花名册中没有“陌生人”"), m.get(3));
        assertTrue(m.get(4).contains("不能为负数"), m.get(4));
        assertTrue(m.get(5).contains("超过了本场培训的 8 学时"), m.get(5));
        assertTrue(m.get(6).contains("应在 0 到 100 之间"), m.get(6));
        assertTrue(m.get(7).contains("还没到"), m.get(7));
        assertTrue(m.get(8).contains("第 2 行已签到过"), m.get(8));
        assertTrue(m.get(9).contains("已登记参加"), m.get(9));
        assertTrue(m.get(10).contains("没有主题为《没有这场培训》的培训"), m.get(10));
        assertTrue(m.get(11).contains("2 人叫“刘同名”"), m.get(11));
        assertTrue(m.get(13).contains("不可能超过 24 学时"), m.get(13));
        assertTrue(m.get(14).contains("身份证号“110101199001010000”不正确"), m.get(14));
        assertTrue(m.get(15).contains("不是数字") && m.get(15).contains("也许"), m.get(15));
        LedgerException refused = assertThrows(LedgerException.class,
                () -> ledger.commit(ws, preview, false, Progress.NONE));
        assertEquals(LedgerException.Reason.INVALID_ROWS, refused.reason());
        assertEquals(1, service.attendance(ws, annual.id()).size(), "nothing written");
        assertEquals(0, service.attendance(ws, morning.id()).size());

        Path report = dir.resolve("错误报告.xlsx");
        ledger.writeErrorReport(preview, report);
        List<List<String>> rows = Sheets.read(report);
        assertEquals(13, rows.size(), "header and the 12 rows in error");
        assertTrue(rows.get(1).get(rows.get(1).size() - 1).startsWith("第 3 行"), rows.get(1).toString());

        LedgerImportResult skipped = ledger.commit(ws, preview, true, Progress.NONE);
        assertEquals(2, skipped.written());
        assertEquals(12, skipped.skippedRows());
        assertEquals(2, service.attendance(ws, annual.id()).size());
        assertEquals(1, service.attendance(ws, morning.id()).size());
    }

    @Test
    void findsTheSessionByItsNumberAndRefusesAnUnknownNumber() throws Exception {
        Path file = Sheets.write(dir.resolve("编号.xlsx"), List.of(new Object[] {"场次编号", "姓名", "学时"},
                new Object[] {annual.id(), "王一", 8}, new Object[] {9999, "王二", 8}));
        LedgerPreview preview = ledger.preview(ws, file, Progress.NONE);
        assertEquals(1, preview.invalidRows());
        assertTrue(messages(preview).get(3).contains("没有场次编号为“9999”的培训"));
    }

    @Test
    void aSheetWithoutPeopleOrSessionColumnsIsRefusedAsAWhole() throws Exception {
        Path file = Sheets.write(dir.resolve("缺列.xlsx"), List.of(new Object[] {"姓名", "学时", "成绩"},
                new Object[] {"王一", 8, 90}));
        LedgerException e = assertThrows(LedgerException.class, () -> ledger.preview(ws, file, Progress.NONE));
        assertEquals(LedgerException.Reason.MISSING_COLUMN, e.reason());
        assertTrue(e.getMessage().contains("培训日期"), e.getMessage());
    }

    @Test
    void exportThenImportIntoACopyWithoutAttendanceGivesTheSameRecords() throws Exception {
        Path copy = dir.resolve("副本.nineones");
        ws.backupTo(copy);
        service.addAttendees(ws, annual.id(), List.of(ids.wang1(), ids.wang2(), ids.liu1()));
        Attendance wang2 = service.attendance(ws, annual.id()).stream().filter(a -> a.employeeId() == ids.wang2())
                .findFirst().orElseThrow();
        service.correct(ws, wang2.id(), 6, 75.5, true, "补考");
        service.addAttendees(ws, morning.id(), List.of(ids.principal()));
        Path out = dir.resolve("培训签到表.xlsx");
        assertEquals(4, ledger.export(ws, out, Progress.NONE));
        List<List<String>> rows = Sheets.read(out);
        assertEquals("场次编号", rows.get(0).get(0));
        try (Workspace other = Workspace.open(copy)) {
            LedgerPreview preview = ledger.preview(other, out, Progress.NONE);
            assertEquals(List.of(), preview.errors());
            assertEquals(4, ledger.commit(other, preview, false, Progress.NONE).written());
            assertEquals(summary(ws), summary(other));
        }
        // importing the same sheet again: every row is already recorded
        LedgerPreview again = ledger.preview(ws, out, Progress.NONE);
        assertEquals(4, again.invalidRows());
    }

    private static List<String> summary(Workspace w) {
        return w.read(store -> store.training().inForceOf(null)).stream()
                .map(a -> a.sessionId() + "/" + a.employeeId() + "/" + a.hours() + "/" + a.score() + "/" + a.passed())
                .sorted().toList();
    }
}
