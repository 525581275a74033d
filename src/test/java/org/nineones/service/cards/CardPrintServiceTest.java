package org.nineones.service.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.report.PdfFiles;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;

class CardPrintServiceTest {

    private static final int CARDS_PER_PAGE = 4;

    @TempDir
    Path dir;

    private final CardPrintService service = new CardPrintService(new Messages(Locale.SIMPLIFIED_CHINESE));

    private Path folder() {
        return dir.resolve("张三的文件");
    }

    @Test
    void printsOneCardPerActiveEmployeeWithChineseTextAndDigits() throws Exception {
        Path pdf = folder().resolve("岗位责任卡.pdf");
        try (Workspace ws = CardWorkspaces.create(folder().resolve("企业.nineones"), 7, CardWorkspaces.EMERGENCY_PHONE)) {
            assertEquals(7, service.printCards(ws, pdf, Progress.NONE));
        }
        String text = PdfFiles.text(pdf);
        assertTrue(text.contains(CardWorkspaces.name(0)), text);
        assertTrue(text.contains("反应釜操作工"), text);
        assertTrue(text.contains("正确佩戴和使用劳动防护用品"), text);
        assertTrue(text.contains("生产部 / 一车间"), text);
        assertTrue(text.contains(CardWorkspaces.idNumber(1).masked()), text);
        assertTrue(text.contains(CardWorkspaces.EMERGENCY_PHONE), text);
        assertTrue(text.contains("119") && text.contains("120"), text);
        assertTrue(text.contains(CardWorkspaces.ENTERPRISE), text);
        assertFalse(text.contains(CardWorkspaces.idNumber(1).value()), "ID numbers are printed masked");
        assertFalse(text.contains("离职者"), "people who left get no card");
        assertTrue(text.contains("休假者"), "people on leave keep their card");
        assertEquals(2, PdfFiles.pages(pdf));
    }

    @Test
    void marksTheCardsOfPostsWhoseDutiesAreStillADraft() throws Exception {
        Path pdf = folder().resolve("草稿.pdf");
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        try (Workspace ws = CardWorkspaces.create(folder().resolve("企业.nineones"), 1, CardWorkspaces.EMERGENCY_PHONE)) {
            service.printCards(ws, pdf, Progress.NONE);
            assertTrue(PdfFiles.text(pdf).contains("岗位责任卡（草稿）"), PdfFiles.text(pdf));
            var content = new org.nineones.service.content.PostContentService(messages);
            for (Post post : ws.read(store -> store.posts().all())) {
                content.approve(ws, post.id(), org.nineones.model.content.ContentKind.DUTY_LIST, "王建国",
                        java.time.LocalDate.now());
            }
            service.printCards(ws, pdf, Progress.NONE);
        }
        String text = PdfFiles.text(pdf);
        assertTrue(text.contains("岗位责任卡"), text);
        assertFalse(text.contains("草稿"), "approved duties in force: no draft mark");
    }

    @Test
    void printsTheKeyPointsOfThePostsProcedureAfterItsDuties() throws Exception {
        Path pdf = folder().resolve("规程要点.pdf");
        try (Workspace ws = CardWorkspaces.create(folder().resolve("企业.nineones"), 1, CardWorkspaces.EMERGENCY_PHONE)) {
            long operator = ws.read(store -> store.posts().all().stream()
                    .filter(p -> p.name().equals("反应釜操作工")).findFirst().orElseThrow().id());
            new org.nineones.service.content.PostContentService(new Messages(Locale.SIMPLIFIED_CHINESE)).saveDraft(ws,
                    operator, new org.nineones.model.content.OperatingProcedure(List.of("检查釜体压力表。"),
                            List.of("控制升温速率。"), List.of("关闭进料阀。"),
                            List.of("严禁超温超压运行。", "严禁脱岗、睡岗。"), List.of("安全帽", "防静电工作服", "防护眼镜")),
                    null, 0);
            service.printCards(ws, pdf, Progress.NONE);
        }
        String text = PdfFiles.text(pdf);
        assertTrue(text.contains("【劳动防护用品】"), text);
        assertTrue(text.contains("安全帽、防静电工作服、防护眼镜"), text);
        assertTrue(text.contains("【禁止行为】"), text);
        assertTrue(text.contains("严禁超温超压运行") && text.contains("严禁脱岗、睡岗"), text);
        assertTrue(text.indexOf("正确佩戴和使用劳动防护用品") < text.indexOf("【禁止行为】"), "duties come first");
        assertFalse(text.contains("控制升温速率"), "only the key points go on the pocket card");
        assertEquals(List.of(), PdfFiles.glyphsOutside(pdf, 14f));
    }

    @Test
    void embedsEveryFontAndKeepsAllTextInsideThePrintableArea() throws Exception {
        Path pdf = folder().resolve("cards.pdf");
        try (Workspace ws = CardWorkspaces.create(folder().resolve("企业.nineones"), 5, CardWorkspaces.EMERGENCY_PHONE)) {
            service.printCards(ws, pdf, Progress.NONE);
        }
        assertEquals(List.of(), PdfFiles.notEmbeddedFonts(pdf));
        assertEquals(List.of(), PdfFiles.glyphsOutside(pdf, 14f));
    }

    @Test
    void drawsTheTitlesInTheEmbeddedBoldFace() throws Exception {
        Path pdf = folder().resolve("bold.pdf");
        try (Workspace ws = CardWorkspaces.create(folder().resolve("企业.nineones"), 1, CardWorkspaces.EMERGENCY_PHONE)) {
            service.printCards(ws, pdf, Progress.NONE);
        }
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            List<String> fonts = new ArrayList<>();
            for (org.apache.pdfbox.cos.COSName name : doc.getPage(0).getResources().getFontNames()) {
                fonts.add(doc.getPage(0).getResources().getFont(name).getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("Bold")), fonts.toString());
            // the first card's title box (20 pt page margin + the title element's bounds) must hold red ink:
            // a bold face whose glyphs do not resolve would print nothing there
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImage(0, 1f);
            int ink = 0;
            for (int x = 60; x < 257; x++) {
                for (int y = 39; y < 58; y++) {
                    int rgb = page.getRGB(x, y);
                    int r = (rgb >> 16) & 0xFF;
                    int g = (rgb >> 8) & 0xFF;
                    if (r > 120 && g < 110) {
                        ink++;
                    }
                }
            }
            assertTrue(ink > 40, "title ink pixels: " + ink);
        }
    }

    @Test
    void continuesThirtyLongDutiesOnFurtherCardsWithoutLosingAny() throws Exception {
        Path pdf = folder().resolve("long.pdf");
        List<String> duties = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            duties.add("第" + i + "条职责：严格执行储罐区巡回检查制度，每两小时对液位、温度、压力、呼吸阀、阻火器、"
                    + "静电接地和可燃气体报警仪检查一次并如实记录，发现异常立即处置并报告班长和调度室（编号" + (1000 + i) + "）。");
        }
        int cards;
        try (Workspace ws = CardWorkspaces.create(folder().resolve("企业.nineones"), 2, CardWorkspaces.EMERGENCY_PHONE)) {
            ws.write(store -> {
                OrgUnit tank = store.orgUnits().insert(new OrgUnit(null, null, "储运车间", OrgUnitKind.WORKSHOP, 9));
                Post post = store.posts().insert(new Post(null, tank.id(), "储罐区巡检工", PostCategory.OPERATOR, RiskLevel.MAJOR));
                store.posts().replaceDuties(post.id(), duties);
                store.employees().saveAll(List.of(CardWorkspaces.employee(900, "欧阳娜娜", tank.id(), post.id(),
                        EmployeeStatus.ACTIVE)));
                return null;
            });
            cards = service.printCards(ws, pdf, Progress.NONE);
        }
        assertTrue(cards > 3, "30 long duties need several cards, got " + cards);
        assertEquals((cards + CARDS_PER_PAGE - 1) / CARDS_PER_PAGE, PdfFiles.pages(pdf));
        String text = PdfFiles.text(pdf).replaceAll("\\s+", "");
        for (int i = 1; i <= 30; i++) {
            assertTrue(text.contains("编号" + (1000 + i) + "）。"), "duty " + i + " printed to its end");
        }
        assertTrue(text.contains("岗位责任卡（续）"), "continuation cards are marked");
        assertEquals(List.of(), PdfFiles.glyphsOutside(pdf, 14f));
    }

    @Test
    void fallsBackToTheContactPhoneWithoutAnEmergencyPhone() throws Exception {
        Path pdf = folder().resolve("cards.pdf");
        try (Workspace ws = CardWorkspaces.create(folder().resolve("企业.nineones"), 1, "")) {
            service.printCards(ws, pdf, Progress.NONE);
        }
        String text = PdfFiles.text(pdf);
        assertTrue(text.contains(CardWorkspaces.CONTACT_PHONE), text);
        assertTrue(text.contains("火警 119"), text);
    }

    @Test
    void sortsCardsByOrgUnitThenNameInChineseOrder() throws Exception {
        Path pdf = folder().resolve("cards.pdf");
        try (Workspace ws = Workspace.create(folder().resolve("企业.nineones"), CardWorkspaces.enterprise("119"))) {
            ws.write(store -> {
                CardWorkspaces.Ids ids = CardWorkspaces.orgAndPosts(store);
                store.employees().saveAll(List.of(
                        CardWorkspaces.employee(1, "张伟", ids.workshop(), ids.operatorPost(), EmployeeStatus.ACTIVE),
                        CardWorkspaces.employee(2, "安然", ids.workshop(), ids.operatorPost(), EmployeeStatus.ACTIVE),
                        CardWorkspaces.employee(3, "赵敏", ids.production(), ids.leaderPost(), EmployeeStatus.ACTIVE),
                        CardWorkspaces.employee(4, "李娜", ids.workshop(), ids.operatorPost(), EmployeeStatus.ACTIVE)));
                return null;
            });
            service.printCards(ws, pdf, Progress.NONE);
        }
        String text = PdfFiles.text(pdf);
        // 生产部 before 生产部 / 一车间; within the workshop 安(an) < 李(li) < 张(zhang)
        List<Integer> at = Stream.of("赵敏", "安然", "李娜", "张伟").map(text::indexOf).toList();
        assertTrue(at.stream().allMatch(i -> i >= 0), text);
        assertEquals(at.stream().sorted().toList(), at, "order in the PDF: " + at);
    }

    @Test
    void refusesWithAClearSentenceWhenThereIsNobodyToPrint() throws Exception {
        Path pdf = folder().resolve("cards.pdf");
        try (Workspace ws = CardWorkspaces.create(folder().resolve("企业.nineones"), 0, CardWorkspaces.EMERGENCY_PHONE)) {
            CardPrintException e = assertThrows(CardPrintException.class, () -> service.printCards(ws, pdf, Progress.NONE));
            assertTrue(e.getMessage().contains("还没有在岗人员"), e.getMessage());
        }
        assertFalse(Files.exists(pdf));
    }

    @Test
    void leavesNoFileAndKeepsTheOldOneWhenCancelled() throws Exception {
        Path pdf = folder().resolve("cards.pdf");
        Files.createDirectories(folder());
        Files.writeString(pdf, "旧文件", StandardCharsets.UTF_8);
        AtomicLong updates = new AtomicLong();
        Progress cancelMidway = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() > 2;
            }
        };
        try (Workspace ws = CardWorkspaces.create(folder().resolve("企业.nineones"), 400, CardWorkspaces.EMERGENCY_PHONE)) {
            assertThrows(CancelledException.class, () -> service.printCards(ws, pdf, cancelMidway));
        }
        assertEquals("旧文件", Files.readString(pdf, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(folder())) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".part")).toList(), "no half-written file");
        }
    }

    @Test
    void reportsProgressUpToTheWholeRun() throws Exception {
        Path pdf = folder().resolve("cards.pdf");
        List<long[]> seen = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public synchronized void update(long done, long total, String message) {
                seen.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        try (Workspace ws = CardWorkspaces.create(folder().resolve("企业.nineones"), 30, CardWorkspaces.EMERGENCY_PHONE)) {
            service.printCards(ws, pdf, recording);
        }
        long[] last = seen.get(seen.size() - 1);
        assertTrue(seen.size() > 2, "several progress updates");
        assertEquals(last[1], last[0], "finishes at 100%");
    }
}
