package org.nineones.service.problems;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.problems.ListedProblem;
import org.nineones.model.problems.Measure;
import org.nineones.model.problems.MeasureDraft;
import org.nineones.model.problems.MeasureStatus;
import org.nineones.model.problems.Problem;
import org.nineones.model.problems.ProblemDraft;
import org.nineones.service.Progress;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerPreview;

/**
 * The problem list's ledger import: a sheet as enterprises keep it (a problem, its measures below it with the problem
 * cells left blank, as merged cells read), and every row refusal with its sentence; all or nothing.
 */
class ProblemsLedgerTest {

    @TempDir
    Path dir;
    private ProblemsFixture f;
    private Ledger ledger;
    private Problem listed;
    private Measure measure;

    @BeforeEach
    void setUp() throws Exception {
        f = new ProblemsFixture(dir, null);
        ledger = f.service.ledger();
        listed = f.service.addProblem(f.records.workspace, new ProblemDraft("", "仓库风险告知卡未张贴", "", null, ""));
        measure = f.service.addMeasure(f.records.workspace, listed.id(), new MeasureDraft("张贴告知卡",
                f.records.zhang.id(), LocalDate.of(2027, 1, 10)));
    }

    @AfterEach
    void tearDown() {
        f.records.workspace.close();
    }

    /** A sheet with the given header and rows (null: a blank cell). */
    private Path sheet(String name, List<String> header, List<List<Object>> rows) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("整改清单");
            sheet.createRow(0).createCell(0).setCellValue("2026年安全检查问题整改清单");
            Row head = sheet.createRow(1);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
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
            book.write(out);
        }
        return file;
    }

    @Test
    void measuresBelowAProblemBelongToItAsMergedCellsRead() throws Exception {
        Path file = sheet("整改清单.xlsx", List.of("序号", "存在问题", "整改要求", "整改措施", "整改责任人", "完成时限", "整改状态"),
                List.of(List.of(1, "消防通道堆放杂物", "保持畅通", "清理杂物", "张三", "2027-01-20", "进行中"),
                        List.of(2, "", "", "地面划线并设警示牌", "李四", "2027-02-01", "未开始"),
                        List.of(3, "配电室无绝缘垫", "", "铺设绝缘垫", "李四", "2027-01-31", "")));
        LedgerPreview preview = ledger.preview(f.records.workspace, file, Progress.NONE);
        assertEquals(List.of(), preview.errors());
        assertEquals(5, preview.toWrite(), preview.willWrite().toString());
        assertTrue(preview.willWrite().get(0).contains("第 3 行：新增问题“消防通道堆放杂物”"), preview.willWrite().toString());
        LedgerImportResult result = ledger.commit(f.records.workspace, preview, false, Progress.NONE);
        assertEquals(5, result.written());

        List<ListedProblem> list = f.service.list(f.records.workspace);
        assertEquals(3, list.size());
        ListedProblem passage = list.get(1);
        assertEquals("保持畅通", passage.problem().requirement());
        assertEquals(List.of("清理杂物", "地面划线并设警示牌"), passage.measures().stream().map(Measure::text).toList());
        assertEquals(List.of(MeasureStatus.IN_PROGRESS, MeasureStatus.OPEN), passage.measures().stream()
                .map(Measure::status).toList());
        assertEquals(List.of("铺设绝缘垫"), list.get(2).measures().stream().map(Measure::text).toList());

        // a list of problems without measures yet, as a meeting's minutes list them
        Path problemsOnly = sheet("例会问题.xlsx", List.of("问题描述", "整改要求"),
                List.of(List.of("应急柜缺少防毒面具", "补齐并登记")));
        LedgerPreview onlyProblems = ledger.preview(f.records.workspace, problemsOnly,
                Progress.NONE);
        ledger.commit(f.records.workspace, onlyProblems, false, Progress.NONE);
        ListedProblem masks = f.service.list(f.records.workspace).get(3);
        assertEquals("应急柜缺少防毒面具", masks.problem().seen());
        assertEquals(ListedProblem.State.NO_MEASURE, masks.state());

        LedgerException noColumn = assertThrows(LedgerException.class, () -> ledger.preview(f.records.workspace,
                sheet("无问题列.xlsx", List.of("整改措施", "责任人"), List.of(List.of("清理", "张三"))), Progress.NONE));
        assertTrue(noColumn.getMessage().contains("问题描述"), noColumn.getMessage());
    }

    @Test
    void everyRowRefusalSaysWhyAndNothingIsWritten() throws Exception {
        Path file = sheet("有误.xlsx", List.of("问题编号", "问题描述", "措施编号", "整改措施", "责任人", "工号", "整改期限", "状态"),
                List.of(List.of("", "", "", "没有问题的措施", "张三", "", "2027-01-01", ""),
                        List.of(99, "", "", "", "", "", "", ""),
                        List.of(listed.id(), "", "", "由离职的人负责", "王五", "", "2027-01-01", ""),
                        List.of(listed.id(), "", "", "没有期限", "", "A001", "", ""),
                        List.of(listed.id(), "", "", "没有责任人", "", "", "2027-01-01", ""),
                        List.of(listed.id(), "", "", "导入即完成", "张三", "", "2027-01-01", "已完成"),
                        List.of(listed.id(), "", measure.id(), "", "", "", "", "已完成"),
                        List.of(listed.id(), "", measure.id(), "张贴告知卡并拍照", "", "", "", ""),
                        List.of(listed.id(), "", measure.id(), "", "", "", "", "差不多"),
                        List.of(listed.id(), "", 77, "", "", "", "下月", "")));
        int[] before = f.counts();
        LedgerPreview preview = ledger.preview(f.records.workspace, file, Progress.NONE);
        Map<Integer, String> byRow = preview.errors().stream().collect(Collectors.groupingBy(RowProblem::row,
                Collectors.mapping(RowProblem::message, Collectors.joining(" | "))));
        assertEquals(10, byRow.size(), byRow.toString());
        assertTrue(byRow.get(3).contains("没有问题描述，也不在某个问题之下"), byRow.get(3));
        assertTrue(byRow.get(4).contains("问题清单中没有编号为“99”的问题"), byRow.get(4));
        assertTrue(byRow.get(5).contains("王五（工号 A003）已离职，不能作为整改责任人"), byRow.get(5));
        assertTrue(byRow.get(6).contains("整改措施“没有期限”没有完成期限"), byRow.get(6));
        assertTrue(byRow.get(7).contains("整改措施“没有责任人”没有责任人"), byRow.get(7));
        assertTrue(byRow.get(8).contains("新措施只能导入为“未开始”或“进行中”，不能是“已完成”"), byRow.get(8));
        assertTrue(byRow.get(9).contains("没有任何证据，不能登记为已完成"), byRow.get(9));
        assertTrue(byRow.get(10).contains("更正须写明原因，请在软件中更正"), byRow.get(10));
        assertTrue(byRow.get(11).contains("“差不多”不是措施状态。可填：未开始、进行中、已完成、已验证。"), byRow.get(11));
        assertTrue(byRow.get(12).contains("该问题下没有编号为“77”的措施"), byRow.get(12));

        LedgerException e = assertThrows(LedgerException.class,
                () -> ledger.commit(f.records.workspace, preview, false, Progress.NONE));
        assertEquals(LedgerException.Reason.INVALID_ROWS, e.reason());
        Path report = dir.resolve("错误报告.xlsx");
        ledger.writeErrorReport(preview, report);
        assertTrue(Files.size(report) > 0);
        assertArrayEquals(before, f.counts(), "nothing written");
    }
}
