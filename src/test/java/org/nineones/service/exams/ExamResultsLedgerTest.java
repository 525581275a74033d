package org.nineones.service.exams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.IdNumber;
import org.nineones.model.exams.Exam;
import org.nineones.model.exams.ExamResult;
import org.nineones.service.Progress;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerPreview;
import org.nineones.store.ExamRepository;
import org.nineones.store.Workspace;

class ExamResultsLedgerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    private final ExamService exams = new ExamService(ExamWorkspaces.MESSAGES,
            Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    private final Ledger ledger = new ExamResultsLedger(ExamWorkspaces.MESSAGES, exams);

    private Exam exam(Workspace ws, long post, String title, LocalDate day) {
        exams.generate(ws, post);
        return exams.createExam(ws, post, ExamPlan.defaults(title, day));
    }

    private static List<List<String>> read(Path xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static void write(Path xlsx, List<List<Object>> rows) throws Exception {
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = wb.createSheet("成绩");
            sheet.createRow(0).createCell(0).setCellValue("2026年度考试成绩登记表");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
    }

    @Test
    void exportedResultsImportIntoAnotherWorkspaceAsTheyWere() throws Exception {
        ExamWorkspaces.Seeded a = ExamWorkspaces.create(dir.resolve("导出").resolve("甲.nineones"));
        Path xlsx = dir.resolve("导出").resolve("考试成绩.xlsx");
        try (Workspace ws = a.workspace()) {
            Exam exam = exam(ws, a.electrician(), "2026年度电工安全考试", TODAY.minusDays(8));
            List<ExamResult> recorded = exams.recordScores(ws, exam.id(), Map.of(a.zhang(), 85.0, a.li(), 50.0));
            ExamResult li = recorded.stream().filter(r -> r.employeeId() == a.li()).findFirst().orElseThrow();
            exams.correct(ws, li.id(), 62.5, "第5题漏判");
            assertEquals(2, ledger.export(ws, xlsx, Progress.NONE));
        }
        List<List<String>> sheet = read(xlsx);
        assertEquals(List.of("考试编号", "考试名称", "岗位", "考试日期", "姓名", "身份证号", "工号", "成绩", "满分", "及格分",
                "是否合格", "更正说明"), sheet.get(0));
        List<String> liRow = sheet.stream().filter(r -> r.contains("李娜")).findFirst().orElseThrow();
        assertEquals("1", liRow.get(0));
        assertEquals("维修电工", liRow.get(2));
        assertEquals("2026-11-20", liRow.get(3));
        assertEquals(IdNumber.mask(ExamWorkspaces.LI), liRow.get(5));
        assertEquals("A002", liRow.get(6));
        assertEquals("62.5", liRow.get(7));
        assertEquals("100", liRow.get(8));
        assertEquals("60", liRow.get(9));
        assertEquals("合格", liRow.get(10));
        assertTrue(liRow.get(11).startsWith("更正：原 50 分（第5题漏判，"), liRow.get(11));

        ExamWorkspaces.Seeded b = ExamWorkspaces.create(dir.resolve("导入").resolve("乙.nineones"));
        try (Workspace ws = b.workspace()) {
            Exam exam = exam(ws, b.electrician(), "2026年度电工安全考试", TODAY.minusDays(8));
            LedgerPreview preview = ledger.preview(ws, xlsx, Progress.NONE);
            assertEquals(List.of(), preview.errors());
            assertEquals(2, preview.toWrite());
            assertTrue(preview.willWrite().contains("第 3 行：李娜《2026年度电工安全考试》62.5 分，合格")
                    || preview.willWrite().contains("第 2 行：李娜《2026年度电工安全考试》62.5 分，合格"), preview.willWrite()
                    .toString());
            assertEquals(new LedgerImportResult(2, 0), ledger.commit(ws, preview, false, Progress.NONE));
            List<ExamResult> imported = ExamRepository.inForce(ws.read(s -> s.exams().resultRows(exam.id())));
            assertEquals(Map.of(b.zhang(), 85.0, b.li(), 62.5), imported.stream()
                    .collect(java.util.stream.Collectors.toMap(ExamResult::employeeId, ExamResult::score)));
            assertEquals("exams.import", ws.read(s -> s.audit().latest(1)).get(0).action());
            Path again = dir.resolve("导入").resolve("再次.xlsx");
            ledger.export(ws, again, Progress.NONE);
            List<List<String>> second = read(again);
            assertEquals(sheet.get(0), second.get(0));
            assertEquals(sheet.stream().filter(r -> r.contains("张伟")).findFirst().orElseThrow().subList(0, 11),
                    second.stream().filter(r -> r.contains("张伟")).findFirst().orElseThrow().subList(0, 11));
        }
    }

    @Test
    void badRowsGetRowLevelMessagesAndNothingIsWritten() throws Exception {
        ExamWorkspaces.Seeded s = ExamWorkspaces.create(dir.resolve("错误").resolve("丙.nineones"));
        try (Workspace ws = s.workspace()) {
            Exam exam = exam(ws, s.electrician(), "年度考试", TODAY.minusDays(1));
            Exam future = exams.createExam(ws, s.electrician(), ExamPlan.defaults("明年考试", TODAY.plusDays(30)));
            exams.recordScores(ws, exam.id(), Map.of(s.wang(), 70.0));
            Path xlsx = dir.resolve("错误").resolve("成绩.xlsx");
            write(xlsx, List.of(
                    List.of("考试编号", "身份证号", "工号", "姓名", "得分"),
                    List.of(exam.id(), ExamWorkspaces.ZHANG, "", "张伟", 88),                      // 4: fine
                    List.of(exam.id(), "", "A002", "", 120),                                     // 5: above max
                    List.of(exam.id(), "", "", "李娜", -3),                                       // 6: negative
                    List.of(exam.id(), "", "", "钱七", 80),                                       // 7: unknown person
                    List.of(exam.id(), "", "B001", "", 80),                                      // 8: not on the post
                    List.of(exam.id(), ExamWorkspaces.ZHANG, "", "", 90),                         // 9: duplicate of 4
                    List.of(exam.id(), "", "A003", "", 75),                                      // 10: already recorded
                    List.of(future.id(), "", "A002", "", 75),                                    // 11: exam to come
                    List.of(99, "", "A002", "", 75),                                              // 12: unknown exam
                    List.of(exam.id(), "", "A002", "", "八十")));                                  // 13: not a number
            LedgerPreview preview = ledger.preview(ws, xlsx, Progress.NONE);
            assertEquals(3, preview.headerRowNumber());
            assertEquals(10, preview.rows());
            assertEquals(9, preview.invalidRows());
            assertEquals(1, preview.toWrite());
            Map<Integer, String> byRow = new java.util.TreeMap<>();
            preview.errors().forEach(p -> byRow.merge(p.row(), p.message(), (x, y) -> x + "；" + y));
            assertEquals("成绩 120 超过了本次考试的满分 100，请核对。", byRow.get(5));
            assertEquals("李娜 在本表中与第 5 行重复。；成绩不能为负数（-3）。", byRow.get(6),
                    "a person twice for an exam is told even when the first row has errors of its own");
            assertEquals("花名册中没有“钱七”，请核对姓名或填写身份证号。", byRow.get(7));
            assertEquals("赵敏 不在本次考试的岗位上。请先在人员中调整其岗位，或为其所在岗位另建考试。", byRow.get(8));
            assertEquals("张伟 在本表中与第 4 行重复。", byRow.get(9));
            assertTrue(byRow.get(10).startsWith("王强 的成绩已经登记过"), byRow.get(10));
            assertTrue(byRow.get(11).startsWith("考试日期 2026-12-28 还没到"), byRow.get(11));
            assertEquals("没有编号为“99”的考试。", byRow.get(12));
            assertTrue(byRow.get(13).endsWith("“八十”不是分数，请填写数字，例如 85 或 85.5。"), byRow.get(13));

            LedgerException refused = assertThrows(LedgerException.class,
                    () -> ledger.commit(ws, preview, false, Progress.NONE));
            assertEquals(LedgerException.Reason.INVALID_ROWS, refused.reason());
            assertEquals(1, ws.read(st -> st.exams().resultRows(exam.id())).size(), "nothing written");

            Path report = dir.resolve("错误").resolve("错误报告.xlsx");
            ledger.writeErrorReport(preview, report);
            List<List<String>> rows = read(report);
            assertEquals(10, rows.size(), "header and nine rows");
            assertEquals("错误说明", rows.get(0).get(rows.get(0).size() - 1));
            assertTrue(rows.get(1).get(rows.get(1).size() - 1).startsWith("第 5 行："), rows.get(1).toString());

            assertEquals(new LedgerImportResult(1, 9), ledger.commit(ws, preview, true, Progress.NONE));
            assertEquals(88.0, ws.read(st -> st.exams().resultRows(exam.id())).stream()
                    .filter(r -> r.employeeId() == s.zhang()).findFirst().orElseThrow().score());
        }
    }

    @Test
    void aSheetWithoutTheNeededColumnsIsRefusedWhole() throws Exception {
        ExamWorkspaces.Seeded s = ExamWorkspaces.create(dir.resolve("缺列.nineones"));
        try (Workspace ws = s.workspace()) {
            Path xlsx = dir.resolve("缺列.xlsx");
            write(xlsx, List.of(List.of("姓名", "工号", "成绩"), List.of("张伟", "A001", 90)));
            LedgerException e = assertThrows(LedgerException.class, () -> ledger.preview(ws, xlsx, Progress.NONE));
            assertEquals(LedgerException.Reason.MISSING_COLUMN, e.reason());
            assertTrue(e.getMessage().contains("考试编号"));
            Path text = dir.resolve("不是表格.xlsx");
            Files.writeString(text, "这不是表格");
            assertEquals(LedgerException.Reason.UNREADABLE, assertThrows(LedgerException.class,
                    () -> ledger.preview(ws, text, Progress.NONE)).reason());
        }
    }

    @Test
    void theLedgerIsRegisteredUnderItsKey() {
        Ledger registered = ExamWorkspaces.services(dir.resolve("设置")).ledgers().byKey("exams").orElseThrow();
        assertEquals("考试成绩台账", ExamWorkspaces.MESSAGES.get(registered.titleKey()));
        assertTrue(registered.importable());
    }
}
