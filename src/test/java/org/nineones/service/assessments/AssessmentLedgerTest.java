package org.nineones.service.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nineones.service.assessments.AssessmentFixtures.TODAY;
import static org.nineones.service.assessments.AssessmentFixtures.ZH;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.excel.content.RowProblem;
import org.nineones.service.Progress;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerPreview;
import org.nineones.service.ledger.LedgerSheets;
import org.nineones.store.Workspace;

/** The assessments ledger: export to .xlsx, read back unchanged, scores imported, bad rows refused by row. */
class AssessmentLedgerTest {

    @TempDir
    Path dir;
    Workspace ws;
    AssessmentFixtures.People people;
    final AssessmentService service = new AssessmentService(ZH);
    final AssessmentLedger ledger = new AssessmentLedger(ZH, service, () -> TODAY);
    final Period november = Period.parse("2026-11").orElseThrow();
    final Period october = Period.parse("2026-10").orElseThrow();

    @BeforeEach
    void setUp() throws Exception {
        ws = AssessmentFixtures.workspace(dir.resolve("示范.nineones"));
        people = AssessmentFixtures.people(ws);
        service.start(ws, october, TODAY);
        service.start(ws, november, TODAY);
        long zhangOctober = id(october, people.zhang());
        service.score(ws, zhangOctober, 1, 5.0, "");
        service.score(ws, zhangOctober, 2, 2.0, "漏检一次");
        service.score(ws, zhangOctober, 3, 30.0, "");
        service.close(ws, zhangOctober, new CloseRequest("周主任", TODAY, TODAY, null), TODAY);
        service.score(ws, id(november, people.zhang()), 1, 4.0, "");
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    private long id(Period period, long employee) {
        return service.overview(ws, period, TODAY).assessments().stream().filter(a -> a.employeeId() == employee)
                .findFirst().orElseThrow().id();
    }

    private static List<List<String>> read(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : switch (cell.getCellType()) {
                        case NUMERIC -> AssessmentService.text(cell.getNumericCellValue());
                        default -> cell.toString();
                    });
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** Changes cells of an exported ledger: {row (0-based sheet row), column header, value}. */
    private static void edit(Path file, Object[]... edits) throws Exception {
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(0);
            for (Object[] e : edits) {
                int column = -1;
                for (Cell c : header) {
                    if (c.getStringCellValue().equals(e[1])) {
                        column = c.getColumnIndex();
                    }
                }
                Row row = sheet.getRow((Integer) e[0]) == null ? sheet.createRow((Integer) e[0])
                        : sheet.getRow((Integer) e[0]);
                Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
                if (e[2] instanceof Double d) {
                    cell.setCellValue(d);
                } else {
                    cell.setCellValue((String) e[2]);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    @Test
    void exportsEveryItemInForceWithMaskedIdNumbersAndReadsItBackUnchanged() throws Exception {
        Path file = dir.resolve("考核台账.xlsx");
        assertEquals(12, ledger.export(ws, file, Progress.NONE));
        List<List<String>> rows = read(file);
        assertEquals(List.of("考核期间", "姓名", "身份证号", "工号", "部门", "岗位", "项目序号", "职责", "考核标准", "分值",
                "得分", "备注", "总分", "满分", "得分率", "等级", "考核人", "考核人签字日期", "被考核人签字日期", "状态",
                "更正说明"), rows.get(0));
        List<String> first = rows.get(1);
        assertEquals("2026-10", first.get(0));
        assertEquals("张三", first.get(1));
        assertTrue(first.get(2).contains("********"), first.get(2));
        assertFalse(String.join(",", first).contains(AssessmentFixtures.ZHANG_ID));
        assertEquals("E001", first.get(3));
        assertEquals("5", first.get(9));
        assertEquals("37", first.get(12));
        assertEquals("良好", first.get(15));
        assertEquals("周主任", first.get(16));
        assertEquals("2026-11-28", first.get(17));
        assertEquals("已关闭", first.get(19));
        assertEquals("漏检一次", rows.get(2).get(11));

        LedgerPreview preview = ledger.preview(ws, file, Progress.NONE);
        assertEquals(12, preview.rows());
        assertEquals(List.of(), preview.errors());
        assertEquals(0, preview.toWrite());
        LedgerImportResult result = ledger.commit(ws, preview, false, Progress.NONE);
        assertEquals(0, result.written());
    }

    @Test
    void exportsTheSignedRecordWhileItsCorrectionIsOpenAndTheCorrectionOnceClosed() throws Exception {
        long zhangOctober = id(october, people.zhang());
        long correction = service.correct(ws, zhangOctober, "第3项录入错误");
        service.score(ws, correction, 3, 10.0, "");
        Path file = dir.resolve("考核台账.xlsx");
        assertEquals(12, ledger.export(ws, file, Progress.NONE));
        List<String> first = read(file).get(1);
        assertEquals("2026-10", first.get(0));
        assertEquals("37", first.get(12));
        assertEquals("良好", first.get(15));
        assertEquals("周主任", first.get(16));
        assertEquals("已关闭", first.get(19));
        assertEquals("", first.get(20));
        // read back as it is: nothing to write, and the signatures do not close the open correction
        LedgerPreview preview = ledger.preview(ws, file, Progress.NONE);
        assertEquals(List.of(), preview.errors());
        assertEquals(0, preview.toWrite());
        assertFalse(service.summary(ws, correction).closed());

        service.close(ws, correction, new CloseRequest("周主任", TODAY, TODAY, null), TODAY);
        ledger.export(ws, file, Progress.NONE);
        first = read(file).get(1);
        assertEquals("17", first.get(12));
        assertEquals("不合格", first.get(15));
        assertTrue(first.get(20).contains("第3项录入错误"), first.toString());
    }

    @Test
    void importsPointsAndClosesWhenTheSheetIsSigned() throws Exception {
        Path file = dir.resolve("考核台账.xlsx");
        ledger.export(ws, file, Progress.NONE);
        List<List<String>> rows = read(file);
        int zhang = -1;
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).get(0).equals("2026-11") && rows.get(r).get(1).equals("张三")) {
                zhang = r;
                break;
            }
        }
        edit(file, new Object[] {zhang, "得分", 5.0}, new Object[] {zhang + 1, "得分", 3.0},
                new Object[] {zhang + 2, "得分", 20.0}, new Object[] {zhang + 2, "备注", "培训缺勤"});
        for (int r = zhang; r < zhang + 3; r++) {
            edit(file, new Object[] {r, "考核人", "周主任"}, new Object[] {r, "考核人签字日期", "2026-11-27"},
                    new Object[] {r, "被考核人签字日期", "2026年11月27日"});
        }
        LedgerPreview preview = ledger.preview(ws, file, Progress.NONE);
        assertEquals(List.of(), preview.errors());
        assertEquals(4, preview.toWrite(), preview.willWrite().toString());
        ledger.commit(ws, preview, false, Progress.NONE);
        AssessmentSummary closed = service.summary(ws, id(november, people.zhang()));
        assertTrue(closed.closed());
        assertEquals(28, closed.score(), 1e-6);
        assertEquals(Rating.PASS, closed.rating());
        assertEquals("培训缺勤", service.items(ws, closed.id()).get(2).note());
        assertTrue(ws.read(s -> s.audit().latest(20)).stream().anyMatch(e -> e.action().equals("import-close")));
    }

    @Test
    void refusesBadRowsWithRowLevelMessagesAndWritesNothing() throws Exception {
        Path file = dir.resolve("错误.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("考核");
            String[][] data = {
                    {"考核台账（2026年11月）"},
                    {"考核期间", "身份证号", "工号", "姓名", "序号", "得分", "考核人", "考核人签字日期", "被考核人签字日期"},
                    {"2026-11", "", "E404", "", "1", "3"},                        // 3: unknown person
                    {"2026-11", AssessmentFixtures.LI_ID, "", "", "1", "6"},     // 4: above the max
                    {"2026-11", "", "", "李四", "2", "-1"},                       // 5: negative
                    {"2026-11", "", "E002", "", "7", "1"},                        // 6: unknown item
                    {"2026-10", "", "E001", "", "1", "4"},                        // 7: closed assessment
                    {"2026-11", "", "E002", "", "3", "10", "周主任", "2026-12-01", "2026-11-20"}, // 8: future
                    {"2026-11", "", "E002", "", "1", "2"},                        // 9: fine
                    {"2026-11", "", "E002", "", "1", "3"},                        // 10: duplicate of 9
                    {"2026-13", "", "E002", "", "2", "1"},                        // 11: no such period
                    {"2026-11", "", "", "王五", "1", "1"},                        // 12: not assessed this period
                    {"2026-11", "", "E002", "", "2", "两分"},                     // 13: not a number
            };
            for (int r = 0; r < data.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < data[r].length; c++) {
                    row.createCell(c).setCellValue(data[r][c]);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        LedgerPreview preview = ledger.preview(ws, file, Progress.NONE);
        assertEquals(2, preview.headerRowNumber());
        assertEquals(11, preview.rows());
        List<String> messages = preview.errors().stream().map(p -> p.row() + " " + p.column() + " " + p.message())
                .toList();
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 10, 11, 12, 13), preview.errors().stream().map(RowProblem::row)
                .distinct().toList(), messages.toString());
        assertTrue(messages.get(0).startsWith("3 工号 花名册中没有工号为“E404”的人员"), messages.get(0));
        assertTrue(messages.get(1).contains("超过该项分值 5"), messages.get(1));
        assertTrue(messages.get(2).contains("负数"), messages.get(2));
        assertTrue(messages.get(3).contains("没有第 7 项"), messages.get(3));
        assertTrue(messages.get(4).contains("已关闭签字"), messages.get(4));
        assertTrue(messages.get(5).contains("将来"), messages.get(5));
        assertTrue(messages.get(6).contains("与第 9 行重复"), messages.get(6));
        assertTrue(messages.get(7).contains("不是考核期间"), messages.get(7));
        assertTrue(messages.get(8).contains("还没有考核"), messages.get(8));
        assertTrue(messages.get(9).contains("不是分数"), messages.get(9));
        assertEquals(1, preview.toWrite());

        LedgerException refused = assertThrows(LedgerException.class,
                () -> ledger.commit(ws, preview, false, Progress.NONE));
        assertEquals(LedgerException.Reason.INVALID_ROWS, refused.reason());
        long li = id(november, people.li());
        assertEquals(null, service.items(ws, li).get(0).points());

        Path report = dir.resolve("错误报告.xlsx");
        ledger.writeErrorReport(preview, report);
        List<List<String>> reported = read(report);
        assertEquals(11, reported.size());
        assertTrue(reported.get(1).get(reported.get(1).size() - 1).startsWith("第 3 行："),
                reported.get(1).toString());
        assertThrows(LedgerException.class, () -> ledger.writeErrorReport(preview, file));

        LedgerImportResult skipped = ledger.commit(ws, preview, true, Progress.NONE);
        assertEquals(1, skipped.written());
        assertEquals(10, skipped.skippedRows());
        assertEquals(2.0, service.items(ws, li).get(0).points());
    }

    @Test
    void twoPeopleSharingAnEmployeeNumberAreReportedNotGuessed() throws Exception {
        // employee numbers are not unique: the old import silently took the last person with the number
        ws.write(s -> s.employees().insert(AssessmentFixtures.person("孙八", AssessmentFixtures.id("37010219950606006"),
                "E002", null, people.electrician(), org.nineones.model.EmployeeStatus.ACTIVE)));
        Path file = LedgerSheets.write(dir.resolve("同工号.xlsx"), List.of(List.of("考核期间", "工号", "序号", "得分"),
                List.of("2026-11", "E002", "1", "3")));
        LedgerPreview preview = ledger.preview(ws, file, Progress.NONE);
        assertEquals(0, preview.toWrite());
        assertEquals(1, preview.errors().size(), preview.errors().toString());
        RowProblem problem = preview.errors().get(0);
        assertEquals("工号", problem.column());
        assertEquals("工号“E002”对应 2 人：李四（工号 E002，身份证号 " + org.nineones.model.IdNumber.mask(
                AssessmentFixtures.LI_ID) + "）、孙八（工号 E002，身份证号 " + org.nineones.model.IdNumber.mask(
                AssessmentFixtures.id("37010219950606006")) + "）。请填写身份证号。", problem.message());
    }

    @Test
    void theLedgerAndTheSheetAreRegisteredForTheCommandLineAndThePackage() {
        org.nineones.app.Services services = new org.nineones.app.Services(
                new org.nineones.app.Settings(dir.resolve("设置")), ZH);
        assertEquals("assessments.ledger", services.ledgers().byKey("assessments").orElseThrow().titleKey());
        assertTrue(services.ledgers().byKey("assessments").orElseThrow().importable());
        assertEquals("assessments.print.sheet",
                services.recordPrints().byKey("assessment-sheet").orElseThrow().titleKey());
    }

    @Test
    void aSheetWithoutTheNeededColumnsIsRefused() throws Exception {
        Path file = dir.resolve("缺列.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet("考核").createRow(0);
            row.createCell(0).setCellValue("姓名");
            row.createCell(1).setCellValue("考核期间");
            row.createCell(2).setCellValue("岗位");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        LedgerException e = assertThrows(LedgerException.class, () -> ledger.preview(ws, file, Progress.NONE));
        assertEquals(LedgerException.Reason.MISSING_COLUMN, e.reason());
        assertTrue(e.getMessage().contains("项目序号") && e.getMessage().contains("得分"), e.getMessage());
    }
}
