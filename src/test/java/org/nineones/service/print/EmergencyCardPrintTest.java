package org.nineones.service.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Messages;
import org.nineones.report.PdfFiles;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.cards.CardPrintService;
import org.nineones.service.cards.CardWorkspaces;
import org.nineones.store.Workspace;

class EmergencyCardPrintTest {

    private static final int CARDS_PER_SHEET = 4;

    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final PrintService service = new PrintService(messages, new CardPrintService(messages));

    private Path folder() {
        return dir.resolve("张三的文件");
    }

    @Test
    void printsPocketCardsWithScenariosStepsAndContacts() throws Exception {
        Path pdf = folder().resolve("应急处置卡.pdf");
        PrintResult result;
        try (Workspace ws = PrintWorkspaces.create(folder().resolve("企业.nineones"), 2, false)) {
            result = service.print(ws, PrintKind.EMERGENCY_CARDS, pdf, null, PrintWorkspaces.DAY, Progress.NONE);
        }
        PrintFiles.keepForLooking(pdf);
        assertEquals(2, result.items(), "one card for each of the two posts");
        assertEquals(1, PdfFiles.pages(pdf));
        String text = PdfFiles.text(pdf);
        assertEquals(2, PrintFiles.count(text, "应急处置卡"), text);
        assertTrue(text.contains("一、反应釜超温超压") && text.contains("二、化学品灼伤"), text);
        assertTrue(text.contains("1. 立即停止投料，打开冷却水阀门。"), text);
        assertTrue(text.contains("3. 送医并告知物料名称。"), text);
        assertTrue(text.contains("联系：生产调度 " + PrintWorkspaces.DUTY_PHONE), text);
        assertTrue(text.contains("联系：急救 120"), text);
        assertTrue(text.contains(CardWorkspaces.EMERGENCY_PHONE) && text.contains(CardWorkspaces.ENTERPRISE), text);
        assertTrue(text.contains("一、火灾") && text.contains("草稿"), "the leader's draft is printed, marked: " + text);
        assertFalse(text.contains("（续）"), text);
        assertEquals(List.of(), PdfFiles.notEmbeddedFonts(pdf));
        assertEquals(List.of(), PdfFiles.glyphsOutside(pdf, 14f));
    }

    @Test
    void longScenariosContinueOnCardsMarkedContinuedWithNothingCut() throws Exception {
        Path pdf = folder().resolve("emergency-long.pdf");
        PrintResult result;
        try (Workspace ws = PrintWorkspaces.create(folder().resolve("企业.nineones"), 1, true)) {
            result = service.print(ws, PrintKind.EMERGENCY_CARDS, pdf, PrintWorkspaces.LONG_POST,
                    PrintWorkspaces.DAY, Progress.NONE);
        }
        PrintFiles.keepForLooking(pdf);
        int cards = result.items();
        assertTrue(cards >= 3, "6 scenarios of 8 long steps take several cards: " + cards);
        assertEquals((cards + CARDS_PER_SHEET - 1) / CARDS_PER_SHEET, PdfFiles.pages(pdf));
        String text = PdfFiles.text(pdf);
        assertEquals(cards - 1, PrintFiles.count(text, "应急处置卡（续）"), text);
        assertTrue(text.contains("第 " + cards + "/" + cards + " 张"), text);
        String all = text.replaceAll("\\s+", "");
        for (int s = 1; s <= 6; s++) {
            assertTrue(all.contains("危险化学品泄漏情形" + s), "scenario " + s);
            for (int i = 1; i <= 8; i++) {
                assertTrue(all.contains("情形" + s + "第" + i + "步：立即关闭紧急切断阀"), "step " + i + " of " + s);
            }
        }
        assertTrue(all.contains("疏散无关人员至上风向安全区域并报告调度。联系：生产调度"), all);
        assertEquals(List.of(), PdfFiles.glyphsOutside(pdf, 14f));
    }

    @Test
    void saysWhichPostHasNoEmergencyCard() throws Exception {
        Path pdf = folder().resolve("none.pdf");
        try (Workspace ws = CardWorkspaces.create(folder().resolve("企业.nineones"), 1, "")) {
            PrintException e = assertThrows(PrintException.class, () -> service.print(ws, PrintKind.EMERGENCY_CARDS,
                    pdf, PrintWorkspaces.OPERATOR, PrintWorkspaces.DAY, Progress.NONE));
            assertEquals("岗位“反应釜操作工”还没有应急处置卡，无法打印。请先为该岗位编写应急处置卡。", e.getMessage());
        }
        assertFalse(Files.exists(pdf));
    }

    @Test
    void cancellingLeavesNoFileBehind() throws Exception {
        Path pdf = folder().resolve("cancelled.pdf");
        List<String> messagesSeen = new ArrayList<>();
        Progress cancelAtOnce = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                messagesSeen.add(message);
            }

            @Override
            public boolean isCancelled() {
                return !messagesSeen.isEmpty();
            }
        };
        try (Workspace ws = PrintWorkspaces.create(folder().resolve("企业.nineones"), 1, false)) {
            assertThrows(CancelledException.class, () -> service.print(ws, PrintKind.EMERGENCY_CARDS, pdf, null,
                    PrintWorkspaces.DAY, cancelAtOnce));
        }
        assertFalse(Files.exists(pdf));
        try (var files = Files.list(folder())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }
}
