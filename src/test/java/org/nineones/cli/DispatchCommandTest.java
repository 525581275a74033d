package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.service.grids.DispatchFixture;

/**
 * {@code dispatch import}, {@code dispatch template} and {@code print --kind dispatch --month} on a real workspace with a grid: the help, a
 * month that is not one, a sheet refused naming its row (nothing imported), the sheet imported, December's blank sheet written, filled for one
 * area and imported (the rows left as written skipped), and November's
 * summary printed and read back with PDFBox.
 */
class DispatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void importsTheMonthsSheetAndPrintsItsSummary() throws Exception {
        DispatchFixture f = new DispatchFixture(dir);
        String ws = f.workspace.file().toString();
        Path folder = dir.resolve("网格员交来的");
        Files.createDirectories(folder);
        Files.copy(f.problems.records.png("罐区.png", 400), folder.resolve("罐区.png"));
        f.workspace.close();
        Services services = new Services(new Settings(dir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));

        CliRun help = CliRun.of(services, "dispatch", "import", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--month=YYYY-MM") && help.out().contains("是否当场整改"), help.out());

        CliRun badMonth = CliRun.of(services, "dispatch", "import", "--workspace", ws, "--month", "2026-13",
                "--file", folder.resolve("调度表.xlsx").toString());
        assertEquals(1, badMonth.code());
        assertTrue(badMonth.err().contains("dispatch import: “2026-13”不是月份"), badMonth.err());

        Path bad = DispatchFixture.sheet(folder.resolve("有误的调度表.xlsx"), List.of(
                List.of("罐区", "2026-11-05", "赵网格", "", "", "是", "罐区.png"),
                List.of("锅炉房", "2026-11-05", "赵网格", "", "", "是", "")));
        CliRun refused = CliRun.of(services, "dispatch", "import", "--workspace", ws, "--month", "2026-11",
                "--file", bad.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("“有误的调度表.xlsx”中有 1 处问题，未导入任何内容")
                && refused.err().contains("第 4 行：网格中找不到“锅炉房”"), refused.err());

        Path good = DispatchFixture.sheet(folder.resolve("调度表.xlsx"), List.of(
                List.of("罐区", "2026-11-05", "赵网格", "", "", "是", "罐区.png"),
                List.of("1号罐组", "2026-11-05", "赵网格", "呼吸阀锈蚀", "已报设备部", "否", ""),
                List.of("仓库", "2026-11-06", "钱网格", "", "", "是", "")));
        CliRun imported = CliRun.of(services, "dispatch", "import", "--workspace", ws, "--month", "2026-11",
                "--file", good.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals("已导入 2026-11 的调度情况：3 个网格，其中 1 个未当场整改的问题已列入问题清单。",
                imported.out().strip());

        Path template = dir.resolve("12月调度表.xlsx");
        CliRun written = CliRun.of(services, "dispatch", "template", "--workspace", ws, "--month", "2026-12",
                "--out", template.toString());
        assertEquals(0, written.code(), written.err());
        assertTrue(written.out().startsWith("已写出 2026-12 的调度登记表：4 个待上报的网格"), written.out());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(template))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals(List.of("网格", "检查日期", "检查人", "发现问题", "处理情况", "是否当场整改", "照片"),
                    java.util.stream.StreamSupport.stream(sheet.getRow(1).spliterator(), false)
                            .map(c -> c.getStringCellValue()).toList());
            assertEquals("示范化工有限公司/罐区", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("示范化工有限公司/装卸站", sheet.getRow(5).getCell(0).getStringCellValue());
            Row filled = sheet.getRow(3);
            filled.createCell(1).setCellValue("2026-12-03");
            filled.createCell(2).setCellValue("赵网格");
            filled.createCell(5).setCellValue("是");
            try (var outStream = Files.newOutputStream(template)) {
                wb.write(outStream);
            }
        }
        CliRun december = CliRun.of(services, "dispatch", "import", "--workspace", ws, "--month", "2026-12",
                "--file", template.toString());
        assertEquals(0, december.code(), december.err());
        assertTrue(december.out().contains("2026-12 的调度情况：1 个网格"), december.out());

        Path pdf = dir.resolve("网格月度调度汇总.pdf");
        CliRun printed = CliRun.of(services, "print", "--kind", "dispatch", "--month", "2026-11", "--workspace", ws,
                "--out", pdf.toString());
        assertEquals(0, printed.code(), printed.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("网格月度调度汇总") && text.contains("3 / 4") && text.contains("呼吸阀锈蚀")
                    && text.contains("未上报的网格（1 个）") && text.contains("装卸站"), text);
        }
    }
}
