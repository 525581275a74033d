package org.nineones.service.grids;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.grids.DispatchReport;
import org.nineones.model.problems.MeasureStatus;
import org.nineones.model.problems.Evidence;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.ledger.RecordPrintResult;

/**
 * The sheet the grid inspectors fill, imported for a month: refused whole with every row in error named and nothing
 * written, then imported in one go (areas by path or unique name, photos beside the sheet); the month's summary
 * printed on one page and read back with PDFBox.
 */
class DispatchImportAndSummaryTest {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @TempDir
    Path dir;
    DispatchFixture f;
    Path folder;

    @BeforeEach
    void setUp() throws Exception {
        f = new DispatchFixture(dir);
        folder = dir.resolve("11月调度");
    }

    @Test
    void refusesASheetWithRowsInErrorNamingEachRowAndWritesNothing() throws Exception {
        f.problems.records.png("仓库.png", 300);
        Path sheet = DispatchFixture.sheet(folder.resolve("调度表.xlsx"), List.of(
                List.of("示范化工有限公司/罐区/1号罐组", "2026-11-05", "赵网格", "", "", "是", ""),
                List.of("锅炉房", "2026-11-05", "赵网格", "", "", "是", ""),
                List.of("仓库", "2026-10-30", "赵网格", "", "", "是", ""),
                List.of("罐区", "2026-11-06", "赵网格", "", "", "是", "不在.jpg"),
                List.of("装卸站", "2026-11-06", "赵网格", "鹤管接地线断开", "已报维修", "否", ""),
                List.of("1号罐组", "2026-11-07", "赵网格", "", "", "也许", "")));
        int[] before = f.counts();

        DispatchException e = assertThrows(DispatchException.class,
                () -> f.service.importSheet(f.workspace, NOVEMBER, sheet));

        assertEquals(DispatchException.Reason.ROWS, e.reason());
        String m = e.getMessage();
        assertTrue(m.startsWith("“调度表.xlsx”中有 5 处问题，未导入任何内容。"), m);
        assertTrue(m.contains("第 4 行：网格中找不到“锅炉房”"), m);
        assertTrue(m.contains("第 5 行：检查日期 2026-10-30 不在 2026-11 月内"), m);
        assertTrue(m.contains("第 6 行：") && m.contains("不在.jpg"), m);
        assertTrue(m.contains("第 7 行：“示范化工有限公司/装卸站”没有在岗的具体责任人"), m);
        assertTrue(m.contains("第 8 行：“是否当场整改”填写了“也许”"), m);
        assertArrayEquals(before, f.counts(), "nothing written");
    }

    @Test
    void importsTheWholeSheetInOneGoAndRefusesItAgain() throws Exception {
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.copy(f.problems.records.png("罐区1.png", 400), folder.resolve("罐区1.png"));
        java.nio.file.Files.copy(f.problems.records.png("罐区2.png", 500), folder.resolve("罐区2.png"));
        Path sheet = DispatchFixture.sheet(folder.resolve("调度表.xlsx"), List.of(
                List.of("示范化工有限公司/罐区", "2026-11-05", "赵网格", "防火堤排水阀未关", "已关闭", "是",
                        "罐区1.png、罐区2.png"),
                List.of("罐区 / 1号罐组", "2026-11-05", "赵网格", "", "", "", ""),
                List.of("仓库", "2026-11-06", "钱网格", "货架超高堆放", "已通知仓库班组", "否", "")));

        DispatchService.ImportResult result = f.service.importSheet(f.workspace, NOVEMBER, sheet);

        assertEquals(new DispatchService.ImportResult(3, 1), result);
        List<DispatchReport> reports = f.workspace.read(s -> s.grids().reports(NOVEMBER));
        assertEquals(3, reports.size());
        DispatchReport tank = reports.stream().filter(r -> r.areaId() == f.tankFarm.id()).findFirst().orElseThrow();
        assertEquals(2, tank.photoIds().size());
        assertEquals(LocalDate.of(2026, 11, 5), tank.checkedOn());
        DispatchReport warehouse = reports.stream().filter(r -> r.areaId() == f.warehouse.id()).findFirst()
                .orElseThrow();
        assertEquals(f.problems.records.li.id(), f.problems.service.find(f.workspace, warehouse.problemId())
                .orElseThrow().measures().get(0).ownerId());

        int[] before = f.counts();
        DispatchException again = assertThrows(DispatchException.class,
                () -> f.service.importSheet(f.workspace, NOVEMBER, sheet));
        assertTrue(again.getMessage().contains("第 3 行：“示范化工有限公司/罐区”2026-11 的调度情况已经登记过"),
                again.getMessage());
        assertArrayEquals(before, f.counts());
    }

    @Test
    void printsTheMonthsSummaryOnOnePage() throws Exception {
        f.service.record(f.workspace, new DispatchDraft(f.tankFarm.id(), NOVEMBER, LocalDate.of(2026, 11, 5),
                "赵网格", "", "", true, List.of(), null));
        DispatchReport closed = f.service.record(f.workspace, new DispatchDraft(f.warehouse.id(), NOVEMBER,
                LocalDate.of(2026, 11, 6), "钱网格", "灭火器压力不足", "已申请更换", false, List.of(), null));
        f.service.record(f.workspace, new DispatchDraft(f.tankGroup.id(), NOVEMBER, LocalDate.of(2026, 11, 7),
                "赵网格", "1号罐呼吸阀锈蚀", "已报设备部", false, List.of(), null));
        long measure = f.problems.service.find(f.workspace, closed.problemId()).orElseThrow().measures().get(0).id();
        f.problems.service.changeStatus(f.workspace, measure, MeasureStatus.DONE, "已更换",
                new Evidence(List.of(), List.of(f.problems.records.png("更换后.png", 300))));

        Path pdf = dir.resolve("网格月度调度汇总.pdf");
        RecordPrintResult result = new DispatchSummary(f.service).print(f.workspace, new RecordPrintRequest(null,
                null, null, "2026-11", null, false, LocalDate.of(2027, 1, 5)), pdf, Progress.NONE);

        assertEquals(1, result.pages());
        assertEquals(3, result.items());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            for (String part : List.of("示范化工有限公司", "网格月度调度汇总", "2026 年 11 月", "3 / 4",
                    "罐区/1号罐组", "1号罐呼吸阀锈蚀", "当场整改", "未上报的网格（1 个）", "装卸站",
                    "问题 1：待验证", "（逾期 5 天）")) {
                assertTrue(text.contains(part), part + " in:\n" + text);
            }
        }
    }
}
