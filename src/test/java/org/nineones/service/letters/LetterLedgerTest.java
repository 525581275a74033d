package org.nineones.service.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.service.Progress;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.ui.TestData;

/** The letters ledger through Excel: export, read back, import in bulk with row-level messages, all or nothing. */
class LetterLedgerTest {

    @TempDir
    Path dir;
    LetterFixture f;
    LetterLedger ledger;

    @BeforeEach
    void setUp() throws Exception {
        f = new LetterFixture(dir.resolve("企业"));
        ledger = new LetterLedger(f.letters);
    }

    @AfterEach
    void tearDown() {
        f.ws.close();
    }

    @Test
    void theExportListsEveryoneWithStatusAndReadsBackWithoutChange() throws Exception {
        var s = f.letters.sign(f.ws, f.id("王总"), 2026, LocalDate.of(2026, 1, 5), null);
        f.letters.correct(f.ws, s.id(), "日期登记错误", false, LocalDate.of(2026, 1, 4), null);
        f.letters.sign(f.ws, f.id("吴操作"), 2026, LocalDate.of(2026, 1, 10), null);
        f.approve(f.posts.get("巡检工"), LocalDate.of(2026, 3, 1), "新职责");
        Path xlsx = dir.resolve("台账").resolve("责任书签订台账.xlsx");
        assertEquals(8, ledger.export(f.ws, xlsx, Progress.NONE));

        List<List<String>> rows = read(xlsx);
        assertEquals(List.of("年度", "姓名", "身份证号", "工号", "部门", "岗位", "层级", "签订对象", "签订日期",
                "责任清单版本", "状态", "更正记录"), rows.get(1));
        List<String> boss = rows.stream().filter(r -> r.size() > 1 && r.get(1).equals("王总")).findFirst().orElseThrow();
        assertEquals("2026", boss.get(0));
        assertTrue(boss.get(2).contains("*"), boss.get(2));
        assertEquals("示范化工（上级）", boss.get(7));
        assertEquals("2026-01-04", boss.get(8));
        assertEquals("v1", boss.get(9));
        assertEquals("已签", boss.get(10));
        assertTrue(boss.get(11).contains("日期登记错误"), boss.get(11));
        List<String> operator = rows.stream().filter(r -> r.size() > 1 && r.get(1).equals("吴操作")).findFirst()
                .orElseThrow();
        assertEquals("需重签", operator.get(10));
        assertEquals("周班长（班长）", operator.get(7));
        List<String> deputy = rows.stream().filter(r -> r.size() > 1 && r.get(1).equals("李副总")).findFirst()
                .orElseThrow();
        assertEquals("未签", deputy.get(10));

        var preview = ledger.preview(f.ws, xlsx, Progress.NONE);
        assertEquals(List.of(), preview.errors());
        assertEquals(0, preview.toWrite());
        assertEquals(8, preview.rows());
    }

    @Test
    void importsSignaturesMatchingByIdNumberEmployeeNumberOrName() throws Exception {
        Path sheet = write(dir.resolve("签订.xlsx"), List.of(
                List.of("年度", "姓名", "身份证号", "工号", "签订日期"),
                List.of("2026", "王总", TestData.id("37160219850310001"), "", "2026-01-05"),
                List.of("2026", "", "", "A002", "2026/1/6"),
                List.of("2026年", "赵安全", "", "", "2026年1月7日"),
                List.of("2026", "钱部长", "", "", "")));
        var preview = ledger.preview(f.ws, sheet, Progress.NONE);
        assertEquals(List.of(), preview.errors());
        assertEquals(3, preview.toWrite());
        assertTrue(preview.willWrite().get(0).startsWith("王总（总经理）：2026 年度"), preview.willWrite().get(0));
        LedgerImportResult result = ledger.commit(f.ws, preview, false, Progress.NONE);
        assertEquals(3, result.written());
        LetterRound round = f.letters.round(f.ws, 2026);
        assertEquals(3, round.count(LetterStatus.SIGNED));
        assertEquals(LocalDate.of(2026, 1, 6), SigningOrderTest.row(round, "李副总").signature().signedOn());
        assertEquals(LetterStatus.UNSIGNED, SigningOrderTest.row(round, "钱部长").status());
    }

    @Test
    void badRowsGetMessagesAndNothingIsWritten() throws Exception {
        Path sheet = write(dir.resolve("有错.xlsx"), List.of(
                List.of("年度", "姓名", "工号", "签订日期"),
                List.of("2026", "王总", "", "2026-01-05"),
                List.of("2026", "查无此人", "", "2026-01-05"),
                List.of("2026", "李副总", "", "2026-12-01"),
                List.of("1990", "赵安全", "", "2026-01-05"),
                List.of("2026", "钱部长", "", "2025-12-30"),
                List.of("2026", "王总", "", "2026-01-06"),
                List.of("2026", "孙主任", "", "明天")));
        var preview = ledger.preview(f.ws, sheet, Progress.NONE);
        List<String> messages = preview.errors().stream().map(e -> e.row() + " " + e.message()).toList();
        assertEquals(6, preview.invalidRows(), messages.toString());
        assertTrue(messages.contains("3 花名册中没有“查无此人”，请核对姓名或填写身份证号。"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("4 ") && m.contains("晚于今天")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("5 ") && m.contains("年度“1990”")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("6 ") && m.contains("早于 2026 年")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("7 ") && m.contains("出现了两次")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("8 ") && m.contains("“明天”无法识别")),
                messages.toString());
        LedgerException refused = assertThrows(LedgerException.class,
                () -> ledger.commit(f.ws, preview, false, Progress.NONE));
        assertEquals(LedgerException.Reason.INVALID_ROWS, refused.reason());
        assertEquals(8, f.letters.round(f.ws, 2026).count(LetterStatus.UNSIGNED));

        Path report = dir.resolve("错误报告.xlsx");
        ledger.writeErrorReport(preview, report);
        List<List<String>> reportRows = read(report);
        assertEquals(7, reportRows.size());
        assertTrue(reportRows.get(1).get(4).startsWith("第 3 行："), reportRows.get(1).toString());

        LedgerImportResult skipped = ledger.commit(f.ws, preview, true, Progress.NONE);
        assertEquals(1, skipped.written());
        assertEquals(6, skipped.skippedRows());
    }

    @Test
    void aReSignatureDatedBeforeItsVersionTookEffectIsARowError() throws Exception {
        f.letters.sign(f.ws, f.id("吴操作"), 2026, LocalDate.of(2026, 1, 10), null);
        f.approve(f.posts.get("巡检工"), LocalDate.of(2026, 3, 1), "新增：执行巡检路线");
        Path sheet = write(dir.resolve("重签.xlsx"), List.of(
                List.of("年度", "姓名", "签订日期"),
                List.of("2026", "吴操作", "2026-02-20"),
                List.of("2026", "周班长", "2026-02-20")));
        var preview = ledger.preview(f.ws, sheet, Progress.NONE);
        List<String> messages = preview.errors().stream().map(e -> e.row() + " " + e.message()).toList();
        assertEquals(1, preview.invalidRows(), messages.toString());
        assertTrue(messages.get(0).startsWith("2 ") && messages.get(0).contains("2026-03-01"), messages.toString());
        assertEquals(1, preview.toWrite());
    }

    @Test
    void aSheetWithoutTheNeededColumnsIsRefused() throws Exception {
        Path sheet = write(dir.resolve("缺列.xlsx"), List.of(List.of("年度", "姓名", "备注"), List.of("2026", "王总", "")));
        LedgerException e = assertThrows(LedgerException.class, () -> ledger.preview(f.ws, sheet, Progress.NONE));
        assertEquals(LedgerException.Reason.MISSING_COLUMN, e.reason());
        assertTrue(e.getMessage().contains("签订日期"), e.getMessage());
        Path notExcel = dir.resolve("不是表格.xlsx");
        Files.writeString(notExcel, "hello");
        LedgerException unreadable = assertThrows(LedgerException.class,
                () -> ledger.preview(f.ws, notExcel, Progress.NONE));
        assertEquals(LedgerException.Reason.UNREADABLE, unreadable.reason());
    }

    static Path write(Path file, List<List<String>> rows) throws Exception {
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("签订");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
        }
        return file;
    }

    static List<List<String>> read(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.toString());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
