package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.service.grids.GridSample;

/** {@code print --kind grid-boards|grid-map} on the sample's grid: all boards, one on A3, the map, and refusals. */
class GridPrintCommandTest {

    @TempDir
    static Path dir;

    private static Services services;
    private static String ws;

    @BeforeAll
    static void sample() {
        services = new Services(new Settings(dir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
        ws = GridSample.into(dir.resolve("示例 文件")).toString();
    }

    private static CliRun run(String... args) {
        return CliRun.of(services, args);
    }

    @Test
    void printsEveryBoardOneBoardOnA3AndTheMap() throws Exception {
        Path boards = dir.resolve("公示牌.pdf");
        CliRun all = run("print", "--workspace", ws, "--kind", "grid-boards", "--out", boards.toString());
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().contains("网格责任公示牌"), all.out());
        try (PDDocument pdf = Loader.loadPDF(boards.toFile())) {
            assertEquals(GridSample.AREAS.size(), pdf.getNumberOfPages());
        }
        Path one = dir.resolve("仓库 A3.pdf");
        CliRun a3 = run("print", "--workspace", ws, "--kind", "grid-boards", "--area", "仓库", "--paper", "A3",
                "--out", one.toString());
        assertEquals(0, a3.code(), a3.err());
        try (PDDocument pdf = Loader.loadPDF(one.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(1191f, pdf.getPage(0).getMediaBox().getHeight(), 1f);
            String text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u3000]+", "");
            assertTrue(text.contains("仓库") && text.contains("未落实") && text.contains("叉车司机"), text);
        }
        Path map = dir.resolve("网格图.pdf");
        CliRun printed = run("print", "--workspace", ws, "--kind", "grid-map", "--out", map.toString());
        assertEquals(0, printed.code(), printed.err());
        try (PDDocument pdf = Loader.loadPDF(map.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u3000]+", "");
            assertTrue(text.contains("网格图") && text.contains("装卸区") && text.contains("未落实：具体责任人"), text);
        }
    }

    @Test
    void refusesAnUnknownAreaAndAPaperItCannotUseWritingNothing() {
        Path out = dir.resolve("不写.pdf");
        CliRun area = run("print", "--workspace", ws, "--kind", "grid-boards", "--area", "油库", "--out",
                out.toString());
        assertEquals(1, area.code(), area.out());
        assertTrue(area.err().contains("没有名为“油库”的网格"), area.err());
        CliRun paper = run("print", "--workspace", ws, "--kind", "grid-boards", "--paper", "B5", "--out",
                out.toString());
        assertEquals(1, paper.code(), paper.out());
        assertTrue(paper.err().contains("纸张“B5”无法使用"), paper.err());
        assertFalse(Files.exists(out));
        CliRun unknown = run("print", "--workspace", ws, "--kind", "grid-bords", "--out", out.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("grid-boards") && unknown.err().contains("grid-map"), unknown.err());
    }
}
