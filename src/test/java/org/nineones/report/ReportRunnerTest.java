package org.nineones.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRunnerTest {

    private static final String CARDS = "responsibility-cards";

    @TempDir
    Path dir;

    private final ReportRunner runner = new ReportRunner();

    private static Map<String, Object> card(String name, String duties) {
        Map<String, Object> row = new HashMap<>();
        row.put("name", name);
        row.put("post", "电工");
        row.put("orgUnit", "设备部");
        row.put("idNumber", "370102********1234");
        row.put("duties", duties);
        row.put("enterprise", "测试企业");
        row.put("emergency", "0543-1234567");
        row.put("continued", false);
        return row;
    }

    private static Map<String, Object> labels() {
        Map<String, Object> labels = new HashMap<>();
        for (String key : List.of("L_TITLE", "L_CONTINUED", "L_NAME", "L_POST", "L_ORG_UNIT", "L_ID_NUMBER", "L_DUTIES",
                "L_ENTERPRISE", "L_EMERGENCY")) {
            labels.put(key, "标签");
        }
        return labels;
    }

    @Test
    void refusesToWriteOverAFolder() throws Exception {
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("一个文件夹"));
        var e = assertThrows(org.nineones.model.OutputRefusedException.class, () -> runner.writePdf(
                new ReportRequest(CARDS, List.of(card("张三", "①\u2002持证上岗。")), labels(), "标题"), folder, ReportMonitor.NONE));
        assertEquals(org.nineones.model.OutputRefusedException.Reason.FOLDER, e.reason());
        assertTrue(java.nio.file.Files.isDirectory(folder));
    }

    @Test
    void writesAPdfWithTheBundledFontEmbedded() throws Exception {
        Path pdf = dir.resolve("报表").resolve("cards.pdf");
        int pages = runner.writePdf(new ReportRequest(CARDS, List.of(card("张三", "①\u2002持证上岗。")), labels(), "标题"),
                pdf, ReportMonitor.NONE);
        assertEquals(1, pages);
        assertTrue(PdfFiles.text(pdf).contains("持证上岗"));
        assertTrue(PdfFiles.text(pdf).contains("370102********1234"));
        assertEquals(List.of(), PdfFiles.notEmbeddedFonts(pdf));
    }

    @Test
    void letsGoOfTheParsedCjkFontsOnceThePdfIsWritten() throws Exception {
        Path pdf = dir.resolve("cards.pdf");
        runner.writePdf(new ReportRequest(CARDS, List.of(card("张三", "①\u2002持证上岗。")), labels(), "标题"), pdf,
                ReportMonitor.NONE);
        assertTrue(PdfFiles.text(pdf).contains("持证上岗"));
        assertEquals(List.of(), PdfFontRelease.cachedFontNames().stream()
                .filter(name -> name.contains("NotoSansCJK")).toList());
        // the PDF library's last text chunk (a static field) must not hold the CJK font either
        java.lang.reflect.Field last = com.lowagie.text.pdf.PdfChunk.class.getDeclaredField("thisChunk");
        last.setAccessible(true);
        Object chunk = ((Object[]) last.get(null))[0];
        java.lang.reflect.Field font = com.lowagie.text.pdf.PdfChunk.class.getDeclaredField("font");
        font.setAccessible(true);
        Object pdfFont = font.get(chunk);
        java.lang.reflect.Method baseFont = pdfFont.getClass().getDeclaredMethod("getFont");
        baseFont.setAccessible(true);
        String postscriptName = ((com.lowagie.text.pdf.BaseFont) baseFont.invoke(pdfFont)).getPostscriptFontName();
        assertFalse(postscriptName.contains("NotoSansCJK"), postscriptName);
        // and the next PDF is made as well as the first
        Path again = dir.resolve("again.pdf");
        runner.writePdf(new ReportRequest(CARDS, List.of(card("李四", "①\u2002遵章守纪。")), labels(), "标题"), again,
                ReportMonitor.NONE);
        assertTrue(PdfFiles.text(again).contains("遵章守纪"));
        assertEquals(List.of(), PdfFiles.notEmbeddedFonts(again));
    }

    @Test
    void refusesToCutOffTextThatDoesNotFitItsBox() throws Exception {
        Path pdf = dir.resolve("cards.pdf");
        String tooLong = "①\u2002" + "严禁违章指挥、违章作业和违反劳动纪律。".repeat(80);
        ReportException e = assertThrows(ReportException.class, () -> runner.writePdf(
                new ReportRequest(CARDS, List.of(card("张三", tooLong)), labels(), "标题"), pdf, ReportMonitor.NONE));
        assertEquals(ReportException.Reason.TEXT_CUT_OFF, e.reason());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void fillsLargeGridReportsInChunksWithWholePages() throws Exception {
        Path pdf = dir.resolve("cards.pdf");
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 401; i++) {
            rows.add(card("员工" + i, "①\u2002持证上岗。"));
        }
        int pages = runner.writePdf(new ReportRequest(CARDS, rows, labels(), "标题"), pdf, ReportMonitor.NONE);
        int perPage = runner.rowsPerPage(CARDS);
        assertEquals(4, perPage);
        assertEquals((401 + perPage - 1) / perPage, pages);
        assertEquals(pages, PdfFiles.pages(pdf));
        String text = PdfFiles.text(pdf);
        assertTrue(text.contains("员工0") && text.contains("员工400"));
    }

    /**
     * The same pages give the same bytes (the package is fingerprinted): no time of writing, the font subsets tagged
     * in order rather than at random, the file ID from the content; other pages another ID. Both ways of writing.
     */
    @Test
    void theSamePagesGiveTheSameBytes() throws Exception {
        List<Map<String, Object>> rows = List.of(card("张三", "①\u2002持证上岗。"), card("李四", "②\u2002遵章守纪。"));
        Path first = dir.resolve("first.pdf");
        Path second = dir.resolve("second.pdf");
        runner.writePdf(new ReportRequest(CARDS, rows, labels(), "标题"), first, ReportMonitor.NONE);
        Thread.sleep(1100); // a clock in the file would now differ
        runner.writePdf(new ReportRequest(CARDS, rows, labels(), "标题"), second, ReportMonitor.NONE);
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        Path parts = dir.resolve("parts.pdf");
        Path partsAgain = dir.resolve("parts-again.pdf");
        for (Path out : List.of(parts, partsAgain)) {
            FilledReport part = runner.fill(new ReportRequest(CARDS, rows, labels(), "标题"), ReportMonitor.NONE);
            runner.writePdf(List.of(part, part), "标题", out, ReportMonitor.NONE);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(parts), Files.readAllBytes(partsAgain));
        Path other = dir.resolve("other.pdf");
        runner.writePdf(new ReportRequest(CARDS, List.of(card("王五", "③\u2002持证上岗。")), labels(), "标题"), other,
                ReportMonitor.NONE);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(first.toFile());
             var otherDoc = org.apache.pdfbox.Loader.loadPDF(other.toFile())) {
            assertEquals(null, doc.getDocumentInformation().getCreationDate(), "no time of writing");
            assertEquals(null, doc.getDocumentInformation().getModificationDate());
            var font = doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.getName().startsWith("AAAAA"), font.getName());
            assertFalse(java.util.Arrays.equals(id(doc), id(otherDoc)), "another content, another ID");
        }
        assertEquals(List.of(), PdfFiles.notEmbeddedFonts(first));
        assertTrue(PdfFiles.text(first).contains("遵章守纪"));
    }

    private static byte[] id(org.apache.pdfbox.pdmodel.PDDocument doc) {
        return ((org.apache.pdfbox.cos.COSString) doc.getDocument().getDocumentID().getObject(0)).getBytes();
    }

    @Test
    void namesAMissingTemplate() {
        ReportException e = assertThrows(ReportException.class, () -> runner.writePdf(
                new ReportRequest("no-such-report", List.of(card("张三", "")), labels(), "标题"),
                dir.resolve("x.pdf"), ReportMonitor.NONE));
        assertEquals(ReportException.Reason.TEMPLATE, e.reason());
    }

    @Test
    void refusesAReportWithoutRows() {
        ReportException e = assertThrows(ReportException.class, () -> runner.writePdf(
                new ReportRequest(CARDS, List.of(), labels(), "标题"), dir.resolve("x.pdf"), ReportMonitor.NONE));
        assertEquals(ReportException.Reason.EMPTY, e.reason());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void measuresHowManyLinesAParagraphTakes() throws Exception {
        TextFitter fitter = runner.textFitter(CARDS, "duties");
        assertTrue(fitter.maxLines() >= 15, "an A6 card holds a real duty list: " + fitter.maxLines());
        assertEquals(1, fitter.lines("持证上岗。"));
        String paragraph = "严禁违章指挥、违章作业和违反劳动纪律。".repeat(10);
        int lines = fitter.lines(paragraph);
        assertTrue(lines >= 6, "190 characters take several lines: " + lines);
        int firstTwo = fitter.fittingLength(paragraph, 2);
        assertTrue(firstTwo > 20 && firstTwo < paragraph.length() / 2, "two lines hold " + firstTwo);
    }
}
