package org.nineones.service.grids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.RiskCard;
import org.nineones.model.grids.GridArea;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.ledger.RecordPrintResult;
import org.nineones.service.print.PrintException;
import org.nineones.store.Workspace;

/** The grid's boards and map printed from the sample's grid ({@link GridSample}) and read back with PDFBox. */
class GridPrintsTest {

    @TempDir
    static Path dir;

    private static Services services;
    private static Workspace ws;

    @BeforeAll
    static void open() throws Exception {
        services = new Services(new Settings(dir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
        ws = services.workspaces().open(GridSample.into(dir.resolve("企业 文件")));
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private static RecordPrintRequest request(String area, String paper) {
        return new RecordPrintRequest(null, null, null, null, null, false, LocalDate.now(), null, area, paper);
    }

    @Test
    void printsOneA4BoardPerAreaWithItsPeoplePhonesHazardsAndGaps() throws Exception {
        Path out = dir.resolve("网格责任公示牌.pdf");
        RecordPrintResult result = services.recordPrints().byKey("grid-boards").orElseThrow().print(ws,
                RecordPrintRequest.all(LocalDate.now()), out, Progress.NONE);
        assertEquals(GridSample.AREAS.size(), result.items());
        assertEquals(GridSample.AREAS.size(), result.pages());
        List<GridArea> areas = ws.read(s -> s.grids().areas());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertEquals(GridSample.AREAS.size(), pdf.getNumberOfPages());
            assertEquals(595f, pdf.getPage(0).getMediaBox().getWidth(), 1f);
            for (int i = 0; i < areas.size(); i++) {
                GridArea area = areas.get(i);
                String page = page(pdf, i + 1);
                assertTrue(page.contains("网格责任公示牌") && page.contains(area.name()), page);
                assertTrue(page.contains("应急电话：0543-3216119"), page);
                Employee supervisor = person(area.supervisorId());
                assertTrue(page.contains("分管责任人") && page.contains(supervisor.name())
                        && page.contains(supervisor.phone()), page);
                Employee responsible = person(area.responsibleId());
                if (responsible.status() == EmployeeStatus.LEFT) {
                    assertEquals("仓库", area.name());
                    assertTrue(page.contains("未落实") && page.contains("原责任人" + responsible.name() + "已离职"), page);
                    assertFalse(page.contains(responsible.phone()), page);
                } else {
                    assertTrue(page.contains(responsible.name()) && page.contains(responsible.phone())
                            && !page.contains("未落实"), page);
                }
                for (String hazard : hazards(area)) {
                    assertTrue(page.contains(hazard.replaceAll("[\\s\\u3000]+", "")), hazard + " on " + page);
                }
            }
            String tankGroup = page(pdf, GridSample.AREAS.indexOf("2号罐组") + 1);
            assertTrue(tankGroup.contains("重大风险") && tankGroup.contains("网格员未设")
                    && tankGroup.contains("滨州示例化工有限公司›罐区›2号罐组三级网格"), tankGroup);
            String workshop = page(pdf, GridSample.AREAS.indexOf("一车间") + 1);
            assertTrue(workshop.contains("网格员") && workshop.contains("班长") && workshop.contains("重大风险"), workshop);
        }
    }

    @Test
    void printsOneAreaOnA3AsTheA4BoardEnlarged() throws Exception {
        Path out = dir.resolve("仓库 A3.pdf");
        RecordPrintResult result = services.recordPrints().byKey("grid-boards").orElseThrow().print(ws,
                request("罐区/2号罐组", "a3"), out, Progress.NONE);
        assertEquals(1, result.pages());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(842f, pdf.getPage(0).getMediaBox().getWidth(), 1f);
            assertEquals(1191f, pdf.getPage(0).getMediaBox().getHeight(), 1f);
            String text = page(pdf, 1);
            assertTrue(text.contains("2号罐组") && text.contains("液氨储罐") && !text.contains("1号罐组"), text);
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void refusesAnUnknownAreaOrPaperAndWritesNothing() {
        var boards = services.recordPrints().byKey("grid-boards").orElseThrow();
        Path out = dir.resolve("不写.pdf");
        PrintException area = assertThrows(PrintException.class, () -> boards.print(ws, request("油库", null), out,
                Progress.NONE));
        assertTrue(area.getMessage().contains("没有名为“油库”的网格"), area.getMessage());
        PrintException paper = assertThrows(PrintException.class, () -> boards.print(ws, request(null, "A5"), out,
                Progress.NONE));
        assertTrue(paper.getMessage().contains("只能用 A4 或 A3"), paper.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void saysThereIsNothingToPrintWithoutAGrid() throws Exception {
        try (Workspace none = services.workspaces().create(Files.createDirectories(dir.resolve("没有网格"))
                .resolve("新企业.nineones"), "新企业", "91371600MA3C7E2X1C")) {
            for (String key : List.of("grid-boards", "grid-map")) {
                PrintException e = assertThrows(PrintException.class, () -> services.recordPrints().byKey(key)
                        .orElseThrow().print(none, RecordPrintRequest.all(LocalDate.now()), dir.resolve("空.pdf"),
                                Progress.NONE));
                assertTrue(e.nothingToPrint() && e.getMessage().contains("还没有划分网格"), e.getMessage());
            }
        }
    }

    @Test
    void printsTheGridMapAsAnIndentedTableWithGapsMarked() throws Exception {
        Path out = dir.resolve("网格图.pdf");
        RecordPrintResult result = services.recordPrints().byKey("grid-map").orElseThrow().print(ws,
                RecordPrintRequest.all(LocalDate.now()), out, Progress.NONE);
        assertEquals(GridSample.AREAS.size(), result.items());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u3000]+", "");
            assertEquals(90, pdf.getPage(0).getRotation(), "A4 landscape");
            assertTrue(text.contains("网格图") && text.contains("网格8个，责任人未落实1个，重大风险3个。"), text);
            int at = -1;
            for (String area : GridSample.AREAS) {
                int next = text.indexOf(area, at + 1);
                assertTrue(next > at, area + " after the one before in " + text);
                at = next;
            }
            assertTrue(text.contains("未落实：具体责任人") && text.contains("已落实") && text.contains("液氨储罐构成危险化学品重大危险源")
                    && text.contains("二级网格") && text.contains("三级网格"), text);
            List<GridArea> areas = ws.read(s -> s.grids().areas());
            for (GridArea area : areas) {
                Employee supervisor = person(area.supervisorId());
                assertTrue(text.contains(supervisor.name()) && text.contains(supervisor.phone()), supervisor.name());
            }
        }
    }

    private static Employee person(Long id) {
        return ws.read(s -> s.employees().find(id).orElseThrow());
    }

    /** The hazards a board lists: its posts' approved risk cards in force, each once, eight at most. */
    private static List<String> hazards(GridArea area) {
        List<Long> posts = area.postIds();
        if (posts.isEmpty()) {
            return List.of();
        }
        return ws.read(s -> s.content().inForce(ContentKind.RISK_CARD, LocalDate.now())).entrySet().stream()
                .filter(e -> posts.contains(e.getKey()))
                .sorted(java.util.Comparator.comparingInt(e -> posts.indexOf(e.getKey())))
                .flatMap(e -> ((RiskCard) e.getValue().body()).hazards().stream()).distinct()
                .limit(GridBoards.HAZARDS).toList();
    }

    private static String page(PDDocument pdf, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replaceAll("[\\s\\u3000]+", "");
    }
}
