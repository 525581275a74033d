package org.nineones.service.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Messages;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.AccidentType;
import org.nineones.model.content.RiskCard;
import org.nineones.report.PdfFiles;
import org.nineones.service.Progress;
import org.nineones.service.cards.CardPrintService;
import org.nineones.service.cards.CardWorkspaces;
import org.nineones.service.content.PostContentService;
import org.nineones.store.Workspace;

class RiskCardPrintTest {

    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final PrintService service = new PrintService(messages, new CardPrintService(messages));

    private Path folder() {
        return dir.resolve("张三的文件");
    }

    @Test
    void printsOnePosterPerPostInItsRiskColourWithTheLevelNamed() throws Exception {
        Path pdf = folder().resolve("岗位风险告知卡.pdf");
        PrintResult result;
        try (Workspace ws = PrintWorkspaces.create(folder().resolve("企业.nineones"), 3, false)) {
            result = service.print(ws, PrintKind.RISK_CARDS, pdf, null, PrintWorkspaces.DAY, Progress.NONE);
        }
        PrintFiles.keepForLooking(pdf);
        assertEquals(2, result.items());
        assertEquals(2, PdfFiles.pages(pdf));
        List<String> pages = PrintFiles.pageTexts(pdf);
        // posts in org unit order: 生产部 (the leader, a draft) before 生产部 / 一车间 (the operator, approved)
        String leader = pages.get(0);
        String operator = pages.get(1);
        assertTrue(leader.contains(PrintWorkspaces.LEADER) && leader.contains("草稿"), leader);
        assertTrue(leader.contains("一般风险"), leader);
        assertTrue(operator.contains("岗位风险告知卡"), operator);
        assertTrue(operator.contains(PrintWorkspaces.OPERATOR) && operator.contains("生产部 / 一车间"), operator);
        assertTrue(operator.contains(CardWorkspaces.ENTERPRISE), operator);
        assertTrue(operator.contains("较大风险"), "the level is named, not shown by colour alone: " + operator);
        assertTrue(operator.contains("容器爆炸、机械伤害、灼烫、中毒和窒息"), "GB 6441 names: " + operator);
        assertTrue(operator.contains("反应釜超温超压") && operator.contains("投料时佩戴防护面罩"), operator);
        assertTrue(operator.contains("人员伤亡、设备损坏"), operator);
        assertTrue(operator.contains(PrintWorkspaces.DUTY_PHONE), operator);
        assertTrue(operator.contains(CardWorkspaces.EMERGENCY_PHONE) && operator.contains("119"), operator);
        assertTrue(operator.contains("v1（王建国 批准，2026-01-01 起施行）"), operator);
        assertFalse(operator.contains("草稿"), operator);
        assertFalse(operator.contains("（续）"), operator);
        assertEquals(colour(RiskLevel.GENERAL), bannerColour(pdf, 0));
        assertEquals(colour(RiskLevel.SIGNIFICANT), bannerColour(pdf, 1));
        assertEquals(List.of(), PdfFiles.notEmbeddedFonts(pdf));
        assertEquals(List.of(), PdfFiles.glyphsOutside(pdf, 14f));
    }

    @Test
    void longContentShrinksThenContinuesOnPagesMarkedContinued() throws Exception {
        Path pdf = folder().resolve("risk-long.pdf");
        PrintResult result;
        try (Workspace ws = PrintWorkspaces.create(folder().resolve("企业.nineones"), 1, true)) {
            result = service.print(ws, PrintKind.RISK_CARDS, pdf, PrintWorkspaces.LONG_POST, PrintWorkspaces.DAY,
                    Progress.NONE);
        }
        PrintFiles.keepForLooking(pdf);
        assertEquals(1, result.items());
        int pages = PdfFiles.pages(pdf);
        assertTrue(pages >= 2, "45 long hazards and controls do not fit one page: " + pages);
        List<String> texts = PrintFiles.pageTexts(pdf);
        assertFalse(texts.get(0).contains("（续）"));
        for (int p = 1; p < pages; p++) {
            assertTrue(texts.get(p).contains("岗位风险告知卡（续）"), texts.get(p));
            assertTrue(texts.get(p).contains("第 " + (p + 1) + "/" + pages + " 页"), texts.get(p));
            assertTrue(texts.get(p).contains(PrintWorkspaces.LONG_POST), "every page names the post");
        }
        String all = String.join("", texts).replaceAll("\\s+", "");
        for (int i = 1; i <= 45; i++) {
            assertTrue(all.contains("危险因素" + i + "：槽车装卸过程中"), "hazard " + i);
            assertTrue(all.contains("控制措施" + i + "：装卸前检查鹤管"), "control " + i);
        }
        assertTrue(all.contains("作业全程专人监护。"), "the end of the last control");
        assertTrue(all.contains("0543-3216002"), "the last contact");
        assertTrue(all.contains("重大风险"));
        for (int p = 0; p < pages; p++) {
            assertEquals(colour(RiskLevel.MAJOR), bannerColour(pdf, p), "the red band on page " + (p + 1));
        }
        assertEquals(List.of(), PdfFiles.glyphsOutside(pdf, 14f));
    }

    @Test
    void aCardSlightlyTooLongForOnePageIsPrintedSmallerOnOnePage() throws Exception {
        List<String> hazards = new ArrayList<>();
        List<String> controls = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            hazards.add("危险因素" + i + "：转动部位无防护。");
            controls.add("控制措施" + i + "：加装防护罩。");
        }
        RiskCard card = new RiskCard(hazards, List.of(AccidentType.MACHINERY), List.of("人员伤亡。"), controls,
                RiskLevel.LOW, List.of());
        Path pdf = folder().resolve("risk-shrunk.pdf");
        try (Workspace ws = PrintWorkspaces.create(folder().resolve("企业.nineones"), 1, false)) {
            long post = ws.read(s -> s.posts().all().stream().filter(p -> p.name().equals(PrintWorkspaces.LEADER))
                    .findFirst().orElseThrow().id());
            new PostContentService(messages).saveDraft(ws, post, card);
            service.print(ws, PrintKind.RISK_CARDS, pdf, PrintWorkspaces.LEADER, PrintWorkspaces.DAY, Progress.NONE);
        }
        PrintFiles.keepForLooking(pdf);
        assertEquals(1, PdfFiles.pages(pdf), "41 lines: too many for 11.5 pt, one page in 9 pt");
        String text = PdfFiles.text(pdf);
        assertTrue(text.contains("危险因素14：转动部位无防护。") && text.contains("控制措施14：加装防护罩。"), text);
        assertFalse(text.contains("（续）"), text);
        assertEquals(colour(RiskLevel.LOW), bannerColour(pdf, 0));
    }

    @Test
    void saysSoWhenNoPostHasARiskCard() throws Exception {
        Path pdf = folder().resolve("none.pdf");
        try (Workspace ws = CardWorkspaces.create(folder().resolve("企业.nineones"), 1, "")) {
            PrintException e = assertThrows(PrintException.class,
                    () -> service.print(ws, PrintKind.RISK_CARDS, pdf, null, PrintWorkspaces.DAY, Progress.NONE));
            assertEquals("还没有任何岗位的风险告知卡，无法打印。请先为岗位编写岗位风险告知卡。", e.getMessage());
        }
        assertFalse(Files.exists(pdf));
    }

    private static Color colour(RiskLevel level) {
        return Color.decode(level.colour());
    }

    /** The colour of the banner left of the level's name (page coordinates 30, 120 pt). */
    private static Color bannerColour(Path pdf, int page) throws Exception {
        BufferedImage image = PrintFiles.render(pdf, page);
        return new Color(image.getRGB(30, 120));
    }
}
