package org.nineones.service.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.report.PdfFiles;
import org.nineones.service.Progress;
import org.nineones.service.cards.CardPrintService;
import org.nineones.service.cards.CardWorkspaces;
import org.nineones.service.content.PostContentService;
import org.nineones.store.Workspace;

class DutyBookPrintTest {

    /** A contents line: the post, its unit in brackets, maybe 草稿, then the page number. */
    private static final Pattern CONTENTS_LINE = Pattern.compile("^(\\S+)（[^）]*）(?:[\\s\\u3000]*草稿)?\\s+(\\d+)$",
            Pattern.MULTILINE);

    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final PrintService service = new PrintService(messages, new CardPrintService(messages));

    private Path folder() {
        return dir.resolve("张三的文件");
    }

    @Test
    void hasACoverContentsWhosePageNumbersAreRightAndOneSectionPerPost() throws Exception {
        Path pdf = folder().resolve("岗位安全生产责任清单汇编.pdf");
        PrintResult result;
        try (Workspace ws = PrintWorkspaces.create(folder().resolve("企业.nineones"), 2, true)) {
            result = service.print(ws, PrintKind.DUTY_BOOK, pdf, null, PrintWorkspaces.DAY, Progress.NONE);
        }
        PrintFiles.keepForLooking(pdf);
        assertEquals(3, result.items());
        List<String> pages = PrintFiles.pageTexts(pdf);
        int total = pages.size();
        assertEquals(total, result.pages());
        String cover = pages.get(0);
        assertTrue(cover.contains(CardWorkspaces.ENTERPRISE) && cover.contains("岗位安全生产责任清单汇编")
                && cover.contains("2026-11-28"), cover);
        String contents = pages.get(1);
        assertTrue(contents.contains("目") && contents.contains("录"), contents);
        Map<String, Integer> toc = new LinkedHashMap<>();
        Matcher m = CONTENTS_LINE.matcher(contents);
        while (m.find()) {
            toc.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        assertEquals(List.of(PrintWorkspaces.LEADER, PrintWorkspaces.OPERATOR, PrintWorkspaces.LONG_POST),
                List.copyOf(toc.keySet()), contents);
        for (Map.Entry<String, Integer> entry : toc.entrySet()) {
            int page = entry.getValue();
            assertTrue(pages.get(page - 1).contains(entry.getKey()), entry + " is on the page the contents say");
            assertFalse(pages.get(page - 2).contains("：" + entry.getKey()) || pages.get(page - 2).startsWith(entry.getKey()),
                    entry + " does not start earlier");
        }
        assertEquals(3, toc.get(PrintWorkspaces.LEADER), "the sections start after the cover and one contents page");
        assertEquals(4, toc.get(PrintWorkspaces.OPERATOR));
        assertEquals(5, toc.get(PrintWorkspaces.LONG_POST));
        for (int p = 1; p < total; p++) {
            assertTrue(pages.get(p).contains("第 " + (p + 1) + " 页 共 " + total + " 页"), "page " + (p + 1) + ": " + pages.get(p));
        }
        String operator = pages.get(3);
        assertTrue(operator.contains("v1（王建国 批准，2026-01-01 起施行）"), operator);
        String cells = operator.replaceAll("\\s+", "");
        assertTrue(cells.contains("遵章守纪") && cells.contains("违反操作规程一次扣2分")
                && cells.contains("《安全生产法》第五十七条") && cells.contains("连带责任")
                && cells.contains("班组长") && cells.contains("反应釜区域"), operator);
        assertTrue(pages.get(2).contains("v1 草稿（未批准）") && pages.get(2).contains("草稿"), pages.get(2));
        assertEquals(List.of(), PdfFiles.notEmbeddedFonts(pdf));
        assertEquals(List.of(), PdfFiles.glyphsOutside(pdf, 14f));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            long links = doc.getPage(1).getAnnotations().stream().filter(a -> a instanceof PDAnnotationLink).count();
            assertTrue(links >= 3, "the contents lines link to their sections: " + links);
            PDDocumentOutline outline = doc.getDocumentCatalog().getDocumentOutline();
            List<String> bookmarks = new ArrayList<>();
            if (outline != null) {
                outline.children().forEach(item -> bookmarks.add(item.getTitle()));
            }
            assertEquals(List.of(PrintWorkspaces.LEADER + "（生产部）", PrintWorkspaces.OPERATOR + "（生产部 / 一车间）",
                    PrintWorkspaces.LONG_POST + "（生产部 / 一车间）"), bookmarks, "one bookmark per section");
        }
    }

    @Test
    void aLongListFlowsOverPagesWithItsHeadersRepeated() throws Exception {
        Path pdf = folder().resolve("book-long.pdf");
        try (Workspace ws = PrintWorkspaces.create(folder().resolve("企业.nineones"), 1, true)) {
            service.print(ws, PrintKind.DUTY_BOOK, pdf, PrintWorkspaces.LONG_POST, PrintWorkspaces.DAY, Progress.NONE);
        }
        PrintFiles.keepForLooking(pdf);
        List<String> pages = PrintFiles.pageTexts(pdf);
        assertTrue(pages.size() >= 5, "cover, contents and 60 items on several pages: " + pages.size());
        for (int p = 2; p < pages.size(); p++) {
            String page = pages.get(p);
            assertTrue(page.contains(PrintWorkspaces.LONG_POST) && page.contains("考核标准") && page.contains("责任形式"),
                    "section and table header on page " + (p + 1) + ": " + page);
            assertEquals(p > 2, page.contains(PrintWorkspaces.LONG_POST + "（续）"), "continued from page 4: " + page);
        }
        String all = String.join("", pages).replaceAll("\\s+", "");
        for (int i = 1; i <= PrintWorkspaces.LONG_ITEMS; i++) {
            assertTrue(all.contains("第" + i + "项职责：装卸作业前核对危险化学品"), "item " + i);
        }
        assertTrue(all.contains("按应急处置卡处置。"), "the end of a long item");
        assertFalse(all.contains(PrintWorkspaces.OPERATOR), "only the post asked for");
        assertEquals(List.of(), PdfFiles.glyphsOutside(pdf, 14f));
    }

    @Test
    void aDutyLongerThanAPageContinuesOnTheNextPageUncut() throws Exception {
        Path pdf = folder().resolve("book-huge-item.pdf");
        StringBuilder huge = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            huge.append("第").append(i).append("句：装卸作业前核对危险化学品的品名和数量。");
        }
        try (Workspace ws = PrintWorkspaces.create(folder().resolve("企业.nineones"), 1, false)) {
            // the leader's duty list is a draft, so the new draft is what counts
            long post = ws.read(s -> s.posts().all().stream().filter(p -> p.name().equals(PrintWorkspaces.LEADER))
                    .findFirst().orElseThrow().id());
            new PostContentService(messages).saveDraft(ws, post, new DutyList(List.of(
                    DutyItem.of("第一项。"), DutyItem.of(huge.toString()), DutyItem.of("最后一项。"))));
            service.print(ws, PrintKind.DUTY_BOOK, pdf, PrintWorkspaces.LEADER, PrintWorkspaces.DAY, Progress.NONE);
        }
        PrintFiles.keepForLooking(pdf);
        List<String> pages = PrintFiles.pageTexts(pdf);
        assertTrue(pages.size() >= 4, "cover, contents and a section over two pages or more: " + pages.size());
        StringBuilder cells = new StringBuilder();
        for (String page : pages.subList(2, pages.size())) {
            // what is below the table header and above the footer: the rows of the page
            String rows = page.substring(page.indexOf("责任形式") + "责任形式".length());
            // the other cells of the long row are read after its duty text: leave them out
            cells.append(rows.replaceAll("第 \\d+ 页 共 \\d+ 页", "").replace("本岗位", "").replace("直接责任", ""));
        }
        String all = cells.toString().replaceAll("\\s+", "");
        for (int i = 1; i <= 120; i++) {
            assertTrue(all.contains("第" + i + "句：装卸作业前核对危险化学品的品名和数量。"), "sentence " + i);
        }
        assertTrue(all.contains("最后一项。"));
        for (int p = 1; p < pages.size(); p++) {
            assertTrue(pages.get(p).contains("第 " + (p + 1) + " 页 共 " + pages.size() + " 页"),
                    "the footer of page " + (p + 1) + ", also where a row only continues: " + pages.get(p));
        }
        assertEquals(List.of(), PdfFiles.glyphsOutside(pdf, 14f));
    }

    @Test
    void contentsOverSeveralPagesStillPointAtTheRightPages() throws Exception {
        int posts = 50;
        Path pdf = folder().resolve("many.pdf");
        try (Workspace ws = Workspace.create(folder().resolve("企业.nineones"), CardWorkspaces.enterprise(""))) {
            ws.write(store -> {
                OrgUnit company = store.orgUnits().insert(new OrgUnit(null, null, CardWorkspaces.ENTERPRISE,
                        OrgUnitKind.COMPANY, 0));
                for (int i = 1; i <= posts; i++) {
                    Post post = store.posts().insert(new Post(null, company.id(), "岗位" + i, PostCategory.OPERATOR,
                            RiskLevel.LOW));
                    List<String> duties = new ArrayList<>();
                    for (int d = 0; d < (i % 4 == 0 ? 40 : 3); d++) {
                        duties.add("岗位" + i + "的第" + (d + 1) + "项职责，按制度执行并接受考核。");
                    }
                    store.posts().replaceDuties(post.id(), duties);
                }
                return null;
            });
            service.print(ws, PrintKind.DUTY_BOOK, pdf, null, PrintWorkspaces.DAY, Progress.NONE);
        }
        PrintFiles.keepForLooking(pdf);
        List<String> pages = PrintFiles.pageTexts(pdf);
        Map<String, Integer> toc = new LinkedHashMap<>();
        int contentsPages = 0;
        for (int p = 1; pages.get(p).contains("目") && pages.get(p).contains("录") && toc.size() < posts; p++) {
            Matcher m = CONTENTS_LINE.matcher(pages.get(p));
            while (m.find()) {
                toc.put(m.group(1), Integer.parseInt(m.group(2)));
            }
            contentsPages++;
        }
        assertEquals(2, contentsPages, "50 lines take two contents pages");
        assertEquals(posts, toc.size(), toc.toString());
        assertEquals(1 + contentsPages + 1, toc.get("岗位1"));
        for (Map.Entry<String, Integer> entry : toc.entrySet()) {
            String page = pages.get(entry.getValue() - 1);
            assertTrue(Pattern.compile("\n" + Pattern.quote(entry.getKey()) + "( 草稿)?\n").matcher(page).find(),
                    entry + ": " + page);
            assertFalse(page.contains(entry.getKey() + "（续）"), entry + " starts there");
        }
        assertTrue(pages.get(pages.size() - 1).contains("第 " + pages.size() + " 页 共 " + pages.size() + " 页"));
    }
}
