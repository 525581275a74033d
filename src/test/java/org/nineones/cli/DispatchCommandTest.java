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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.service.grids.DispatchFixture;

/**
 * {@code dispatch import} and {@code print --kind dispatch --month} on a real workspace with a grid: the help, a
 * month that is not one, a sheet refused naming its row (nothing imported), the sheet imported, and the month's
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
