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
import org.nineones.service.Progress;
import org.nineones.service.cards.CardPrintService;
import org.nineones.service.cards.CardWorkspaces;
import org.nineones.store.Workspace;

class RegisterPrintTest {

    /** (786 pt of page − 44 title − 24 column headers − 20 footer) / 20 pt a row. */
    private static final int ROWS_PER_PAGE = 34;

    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final PrintService service = new PrintService(messages, new CardPrintService(messages));

    private Path folder() {
        return dir.resolve("张三的文件");
    }

    @Test
    void printsOneRowPerPersonWithHeadersOnEveryPageAndPageXOfY() throws Exception {
        int people = 80;
        Path pdf = folder().resolve("人员责任登记册.pdf");
        PrintResult result;
        try (Workspace ws = PrintWorkspaces.create(folder().resolve("企业.nineones"), people, false)) {
            result = service.print(ws, PrintKind.REGISTER, pdf, null, PrintWorkspaces.DAY, Progress.NONE);
        }
        PrintFiles.keepForLooking(pdf);
        int pages = (people + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE;
        assertEquals(people, result.items());
        assertEquals(pages, result.pages());
        assertEquals(pages, PdfFiles.pages(pdf));
        List<String> texts = PrintFiles.pageTexts(pdf);
        for (int p = 0; p < pages; p++) {
            String page = texts.get(p);
            assertTrue(page.contains("人员责任登记册"), page);
            assertTrue(page.contains(CardWorkspaces.ENTERPRISE), page);
            assertTrue(page.contains("本人签名") && page.contains("责任清单版本"), "column headers on page " + (p + 1));
            assertTrue(page.contains("第 " + (p + 1) + " 页 共 " + pages + " 页"), page);
            int first = p * ROWS_PER_PAGE + 1;
            int last = Math.min(people, first + ROWS_PER_PAGE - 1);
            assertTrue(page.contains("\n" + last + " "), "row " + last + " on page " + (p + 1) + ":\n" + page);
            assertFalse(page.contains("\n" + (last + 1) + " "), "row " + (last + 1) + " not on page " + (p + 1));
        }
        String all = String.join("", texts);
        assertTrue(all.contains(CardWorkspaces.name(0)), all);
        assertTrue(all.contains("E1 "), "employee numbers are printed");
        assertTrue(all.contains("生产部 / 一车间"), all);
        assertTrue(all.contains(PrintWorkspaces.OPERATOR + " v1"), "the approved duty list's version: " + all);
        assertFalse(all.contains("离职者"), "people who left are not in the register");
        assertFalse(all.contains(CardWorkspaces.idNumber(1).value()), "no ID numbers");
        assertEquals(List.of(), PdfFiles.notEmbeddedFonts(pdf));
        assertEquals(List.of(), PdfFiles.glyphsOutside(pdf, 14f));
    }

    @Test
    void printsOnlyThePeopleOfOnePostAndRefusesAnUnknownPost() throws Exception {
        Path pdf = folder().resolve("register.pdf");
        try (Workspace ws = PrintWorkspaces.create(folder().resolve("企业.nineones"), 5, false)) {
            PrintResult result = service.print(ws, PrintKind.REGISTER, pdf, " " + PrintWorkspaces.OPERATOR + " ",
                    PrintWorkspaces.DAY, Progress.NONE);
            assertEquals(5, result.items());
            PrintException e = assertThrows(PrintException.class, () -> service.print(ws, PrintKind.REGISTER,
                    folder().resolve("none.pdf"), "不存在的岗位", PrintWorkspaces.DAY, Progress.NONE));
            assertEquals("没有名为“不存在的岗位”的岗位。请检查岗位名称（须与组织机构中的名称完全一致）。", e.getMessage());
            PrintException nobody = assertThrows(PrintException.class, () -> service.print(ws, PrintKind.REGISTER,
                    folder().resolve("none.pdf"), PrintWorkspaces.LEADER, PrintWorkspaces.DAY, Progress.NONE));
            assertTrue(nobody.getMessage().contains("还没有在岗人员"), nobody.getMessage());
        }
        assertTrue(PdfFiles.text(pdf).contains(CardWorkspaces.name(4)));
        assertFalse(Files.exists(folder().resolve("none.pdf")));
    }

    @Test
    void reportsProgressToTheEndAndPrintsInEnglishWhenAsked() throws Exception {
        Messages english = new Messages(Locale.ENGLISH);
        PrintService inEnglish = new PrintService(english, new CardPrintService(english));
        Path pdf = folder().resolve("register-en.pdf");
        List<long[]> updates = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        try (Workspace ws = PrintWorkspaces.create(folder().resolve("企业.nineones"), 40, false)) {
            inEnglish.print(ws, PrintKind.REGISTER, pdf, null, PrintWorkspaces.DAY, progress);
        }
        long[] last = updates.get(updates.size() - 1);
        assertEquals(last[1], last[0], "the last update says done");
        String text = PdfFiles.text(pdf);
        assertTrue(text.contains("People responsibility register") && text.contains("Page 2 of 2")
                && text.contains("Signature"), text);
        assertTrue(text.contains(CardWorkspaces.name(0)), "names stay as they are");
    }
}
