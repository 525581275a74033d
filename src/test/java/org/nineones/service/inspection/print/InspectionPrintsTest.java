package org.nineones.service.inspection.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Messages;
import org.nineones.model.OutputRefusedException;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.report.PdfDocument;
import org.nineones.report.PdfFiles;
import org.nineones.report.ReportCuts;
import org.nineones.report.ReportRequest;
import org.nineones.report.ReportRunner;
import org.nineones.service.Progress;

/**
 * The inspector's four printouts read back: the Chinese texts, the page counts, nothing cut (the report's cut check
 * and every long text found whole), the fonts embedded, nothing outside the page, the same bytes twice, and a page
 * drawn the way the print preview draws it.
 */
class InspectionPrintsTest {

    private static final ReportRunner RUNNER = new ReportRunner();
    private static final InspectionPrints PRINTS = new InspectionPrints(new Messages(Locale.SIMPLIFIED_CHINESE), RUNNER);

    @TempDir
    Path dir;

    @Test
    void theScoringSheetSetsBothScoresSideBySideOnLandscapePagesWithTheDeductionsTable() throws Exception {
        ScoringSheet sheet = Printouts.scoringSheet();
        List<String> pages = printTwiceAndCheck(sheet, "评分表");
        assertTrue(pages.size() >= 2 && pages.size() <= 5, "pages: " + pages.size());
        String all = flat(pages);
        for (String expected : List.of("验收评分表", "滨州示例化工有限公司", "91371600MA3C7E2X1C", Printouts.FINGERPRINT,
                "九个一验收标准（默认）（2026.1版）", "企业自评", "检查复核", "复核理由及说明", "二、逐项评分", "1.1",
                "14.5", "12", "否决", "未否决", "缺项", "合计", "96.1", "80.6", "100分），通过", "100分），限期整改",
                "五、扣分点及原因说明", "扣分原因", "依据的记录", "罐区巡检工", "四、否决项", "电工赵强",
                "检查人员（签字）", "（李明、王芳）", "企业负责人（签字）")) {
            assertTrue(all.contains(flatten(expected)), expected + " missing in:\n" + all);
        }
        assertTrue(count(all, flatten(Printouts.LONG_NOTE)) == 2, "the long reason whole, in the line and the table");
        try (PDDocument doc = Loader.loadPDF(dir.resolve("评分表 1.pdf").toFile())) {
            for (PDPage page : doc.getPages()) {
                assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "A4 landscape");
                assertEquals(842, Math.round(page.getMediaBox().getWidth()));
            }
        }
    }

    @Test
    void theSpotCheckRecordPrintsTheSeedInFullThePlanThePeopleTheReplacementAndTheRatings() throws Exception {
        SpotCheckSheet sheet = Printouts.spotCheck();
        List<String> pages = printTwiceAndCheck(sheet, "抽查记录");
        assertTrue(pages.size() >= 3 && pages.size() <= 8, "pages: " + pages.size());
        String all = flat(pages);
        for (String expected : List.of("从业人员抽查记录", "18446744073709551557", "nineones-stratified-draw/1",
                Printouts.FRAME, "在册人数的5%", "在册244人，抽取13人", "2026-12-0709:12", "二、按组织单元分配",
                "合成车间/甲班", "按比例分配", "三、抽中人员", "王秀英", "E0047", "补充：特种作业人员", "补充：班组长",
                "四、缺席与替补", "周杰（工号E0260）", "郑凯（工号E0265）", "当日休假", "五、问答与评定",
                "发生物料泄漏时，你首先应当怎么做？", "厂内应急电话6110", "熟知", "基本熟知", "不熟知",
                "记录：回答完整，能指出集合点位置。", "复核方法")) {
            assertTrue(all.contains(flatten(expected)), expected + " missing in:\n" + all);
        }
        assertTrue(all.contains(flatten(Printouts.LONG_NOTE)), "the long note whole");
        assertFalse(all.contains("周杰（工号E0260）" + "仓储部·叉车司机"), "the absent worker is not questioned");
        for (String page : pages.subList(1, pages.size())) {
            assertTrue(page.contains("滨州示例化工有限公司 · 从业人员抽查记录"), "running head:\n" + page);
        }
    }

    @Test
    void theOnSiteRecordHasTheArticle65FieldsTheSignatureBlocksAndTheRefusalBox() throws Exception {
        OnSiteSheet record = Printouts.onSite();
        List<String> pages = printTwiceAndCheck(record, "现场检查记录");
        assertTrue(pages.size() >= 2 && pages.size() <= 6, "pages: " + pages.size());
        String all = flat(pages);
        for (String expected : List.of("现场检查记录", "第六十五条", "检查时间", "2026-12-0708:55至2026-12-0716:20",
                "检查地点", "黄河五路18号", "检查人员", "李明（执法证号37160020190123）", "被检查单位负责人",
                "孙建国（总经理）", "二、检查内容", "三、发现的问题及处理情况", "处理情况", "当场责令停止特种作业",
                "检查人员（签字）", "被检查单位负责人（签字）", "拒绝签字情况", "见证人（签字）")) {
            assertTrue(all.contains(flatten(expected)), expected + " missing in:\n" + all);
        }
        assertTrue(all.contains(flatten(record.content())), "the content whole");
        for (OnSiteSheet.Problem problem : record.problems()) {
            assertTrue(all.contains(flatten(problem.seen())) && all.contains(flatten(problem.handling())),
                    problem.seen());
        }
        // the signature blocks and the refusal box close the record, on its last page
        String last = flat(pages.subList(pages.size() - 1, pages.size()));
        assertTrue(last.contains("被检查单位负责人（签字）") && last.contains("拒绝签字情况"), last);
    }

    @Test
    void aRefusalToSignIsPrintedInItsBox() throws Exception {
        OnSiteSheet r = Printouts.onSite();
        String refusal = "被检查单位负责人孙建国对第 3、7 项问题有异议，拒绝在本记录上签字。" + Printouts.LONG_NOTE;
        OnSiteSheet refused = new OnSiteSheet(r.inspection(), r.start(), r.end(), r.place(), r.inspectors(),
                r.responsible(), r.content(), r.problems(), refusal);
        Path out = dir.resolve("拒签.pdf");
        PRINTS.write(refused, out, Progress.NONE);
        keep(out);
        assertTrue(flatten(PdfFiles.text(out)).contains(flatten(refusal)));
        ReportCuts.requireNothingCut(RUNNER, PRINTS.request(refused));
    }

    @Test
    void theAcceptanceOpinionListsFortyFindingsWithDeadlinesAndResponsiblePersons() throws Exception {
        AcceptanceOpinion opinion = Printouts.opinion();
        List<String> pages = printTwiceAndCheck(opinion, "验收意见书");
        assertTrue(pages.size() >= 4 && pages.size() <= 12, "pages: " + pages.size());
        String all = flat(pages);
        for (String expected : List.of("验收意见书", "滨城应急验〔2026〕第12号", "滨州示例化工有限公司",
                Printouts.FINGERPRINT, "九个一验收标准（默认）（2026.1版）", "80.6分（满分100分）", "限期整改",
                "共1项：5.2", "40项，见第四部分", "二、检查组意见", "三、否决项", "四、发现的问题及整改要求",
                "整改期限", "责任人", "检查组成员（签字）", "企业主要负责人（签收）", "检查单位（盖章）")) {
            assertTrue(all.contains(flatten(expected)), expected + " missing in:\n" + all);
        }
        assertTrue(all.contains(flatten(Printouts.OPINION)), "the opinion whole");
        for (InspectionFinding f : opinion.findings()) {
            assertTrue(all.contains(flatten(f.seen())), f.seen());
            assertTrue(all.contains(flatten("编号 " + f.uid())), f.uid());
            assertTrue(all.contains(f.deadline().toString()), f.deadline().toString());
        }
        assertTrue(pages.get(pages.size() - 1).contains("检查组成员（签字）"), "signatures on the last page");
    }

    @Test
    void anOpinionLongerThanAPageRunsOnToTheNextWithoutLosingAWord() throws Exception {
        AcceptanceOpinion o = Printouts.opinion();
        String words = String.join("", java.util.Collections.nCopies(10, Printouts.OPINION));
        AcceptanceOpinion longer = new AcceptanceOpinion(o.inspection(), o.number(), o.templateName(),
                o.templateVersion(), o.date(), o.score(), o.totalPoints(), o.conclusion(), o.vetoes(),
                Printouts.findings(3), words, o.inspectors());
        Path out = dir.resolve("长意见.pdf");
        InspectionPrints.Result result = PRINTS.write(longer, out, Progress.NONE);
        keep(out);
        assertEquals(result.pages(), ReportCuts.requireNothingCut(RUNNER, PRINTS.request(longer)));
        assertTrue(result.pages() >= 3, "pages: " + result.pages());
        List<String> pages = pageTexts(out);
        String running = "滨州示例化工有限公司·验收意见书·2026-12-07";
        String text = flat(pages).replaceAll("第\\d+页共\\d+页", "").replace(running, "")
                .replaceAll("二、检查组意见(（续）)?", "");
        assertTrue(text.contains(flatten(words)), "the opinion whole over " + result.pages() + " pages");
        assertTrue(PdfFiles.glyphsOutside(out, 20).isEmpty(), PdfFiles.glyphsOutside(out, 20).toString());
    }

    @Test
    void aFindingsIdWrappedAtTheCellsEdgeIsPrintedWhole() throws Exception {
        // as a trial printed it: the id broke after its fourth hyphen and its last part was left off the page
        String seen = "生产部 / 合成车间 · 反应釜操作工：责任清单只有草稿（扣 0.5 分）；生产部 / 合成车间 · 电工：责任清单只有草稿（扣 0.5 分）；"
                + "生产部 / 精馏车间 · 精馏操作工：责任清单只有草稿（扣 0.5 分）；安全环保部 · 安全员：责任清单只有草稿（扣 0.5 分）；"
                + "安全环保部 · 部长：责任清单只有草稿（扣 0.5 分）；安全环保部 · 专职安全管理员：责任清单只有草稿（扣 0.5 分）；"
                + "仓储部 / 危化品仓库 · 仓库保管员：责任清单只有草稿（扣 0.5 分）；公司领导 · 总经理：责任清单只有草稿（扣 0.5 分）；…等 39 处";
        String uid = "1ce680b1-c4a6-40d0-b48a-8b530908f620";
        AcceptanceOpinion base = Printouts.opinion();
        AcceptanceOpinion opinion = new AcceptanceOpinion(base.inspection(), "BC-2026-012", base.templateName(),
                base.templateVersion(), base.date(), base.score(), base.totalPoints(), base.conclusion(), base.vetoes(),
                List.of(new InspectionFinding(uid, "1.1", InspectionFinding.Source.DEDUCTION, seen,
                        "每个岗位都有经批准并生效的安全生产责任清单，写明责任人、责任范围和考核标准。", LocalDate.of(2027, 1, 6),
                        "Zhang Wei", "李明", "2026-12-07 08:10:00")), "", base.inspectors());
        Path out = dir.resolve("意见书 编号.pdf");
        PRINTS.write(opinion, out, Progress.NONE);
        keep(out);
        String all = flatten(String.join("", pageTexts(out)));
        assertTrue(all.contains(flatten("编号 " + uid)), all);
        assertTrue(all.contains(flatten(seen)), all);
    }

    @Test
    void theSameTablesSayItInEnglish() throws Exception {
        InspectionPrints english = new InspectionPrints(new Messages(Locale.ENGLISH), RUNNER);
        Path out = dir.resolve("on-site-en.pdf");
        english.write(Printouts.onSite(), out, Progress.NONE);
        keep(out);
        String text = PdfFiles.text(out);
        for (String expected : List.of("On-site check record", "Article 65", "Problems found and how they are handled",
                "Refusal to sign", "Witness (signature)", "滨州示例化工有限公司")) {
            assertTrue(text.contains(expected), expected + " missing in:\n" + text);
        }
        assertFalse(text.contains("!inspectionPrint."), text);
        assertEquals("Acceptance opinion", english.preview(Printouts.opinion()).title());
        assertTrue(PdfFiles.notEmbeddedFonts(out).isEmpty());
    }

    @Test
    void aPrintoutWithNothingToListSaysSoInEachSection() throws Exception {
        var inspection = Printouts.inspection();
        LocalDateTime nine = LocalDateTime.of(2026, 12, 7, 9, 0);
        List<InspectionPrintout> bare = List.of(
                new ScoringSheet(inspection, null, null, nine.toLocalDate(), null, BigDecimal.TEN.pow(2), null, null,
                        BigDecimal.ZERO, Conclusion.FAIL, null, null, null),
                new SpotCheckSheet(inspection, 0, null, null, null, 0, nine, null, null, null, null),
                new OnSiteSheet(inspection, nine, null, null, null, null, null, null, null),
                new AcceptanceOpinion(inspection, null, null, null, nine.toLocalDate(), BigDecimal.ZERO,
                        BigDecimal.TEN.pow(2), Conclusion.FAIL, null, null, null, null));
        StringBuilder all = new StringBuilder();
        for (InspectionPrintout printout : bare) {
            Path out = dir.resolve(PRINTS.preview(printout).fileName());
            InspectionPrints.Result result = PRINTS.write(printout, out, Progress.NONE);
            keep(out);
            assertTrue(result.pages() >= 1 && result.pages() <= 2, out + ": " + result.pages());
            all.append(flatten(PdfFiles.text(out)));
        }
        for (String expected : List.of("验收标准中没有检查项。", "资料包中没有企业签字的自评", "未发现否决项。",
                "检查复核未扣分。", "没有抽中人员。", "没有缺席人员。", "没有到场接受问答的人员。", "2026-12-0709:00起",
                "本次检查未发现问题。", "没有需要整改的问题。", "0项，见第四部分", "0分（满分100分），不通过", "0分（满分100分）")) {
            assertTrue(all.toString().contains(flatten(expected)), expected + " missing in:\n" + all);
        }
        assertFalse(all.toString().contains("null"), all.toString());
    }

    @Test
    void aSectionHeadingNeverEndsAPageWithoutItsFirstRowEvenWhenThatRowIsTall() throws Exception {
        ScoringSheet base = Printouts.scoringSheet();
        String tall = "第一处扣分的原因写得很长，".repeat(60);
        List<ScoringSheet.Deduction> deductions = new ArrayList<>(base.deductions());
        deductions.set(0, new ScoringSheet.Deduction("1.1", BigDecimal.ONE, tall, "合成车间/甲班 反应釜操作工"));
        int orphansLooked = 0;
        int continued = 0;
        for (int filler = 4; filler <= 10; filler++) {
            List<ScoringSheet.Line> lines = new ArrayList<>(base.lines());
            for (int i = 0; i < filler; i++) {
                lines.add(ScoringSheet.Line.scored("9." + (i + 2), "9 公示记录", "补充检查项 " + i + "。", BigDecimal.ONE,
                        BigDecimal.ONE, BigDecimal.ONE, ""));
            }
            ScoringSheet sheet = new ScoringSheet(base.inspection(), base.templateName(), base.templateVersion(),
                    base.scoredOn(), lines, base.totalPoints(), base.selfScore(), base.selfConclusion(), base.score(),
                    base.conclusion(), base.vetoes(), deductions, base.inspectors());
            Path out = dir.resolve("评分表 " + filler + ".pdf");
            PRINTS.write(sheet, out, Progress.NONE);
            keep(out);
            for (String page : pageTexts(out)) {
                String flat = flatten(page);
                int heading = flat.indexOf("五、扣分点及原因说明");
                boolean isContinued = flat.startsWith("（续）", heading + "五、扣分点及原因说明".length());
                continued += heading >= 0 && isContinued ? 1 : 0;
                if (heading >= 0 && !isContinued) {
                    orphansLooked++;
                    assertTrue(flat.indexOf("第一处扣分的原因", heading) > 0,
                            "filler " + filler + ": the heading ends its page without its first row:\n" + page);
                }
            }
        }
        assertEquals(7, orphansLooked, "the heading once in each sheet");
        assertTrue(continued >= 3, "a table running over a page says so on the next: " + continued);
    }

    @Test
    void thePreviewIsGivenATitleAndAFileNameAndAFileThatCannotBeWrittenIsRefusedInWords() throws Exception {
        InspectionPrints.Preview preview = PRINTS.preview(Printouts.opinion());
        assertEquals("验收意见书", preview.title());
        assertEquals("滨州示例化工有限公司 验收意见书 2026-12-07.pdf", preview.fileName());
        assertEquals("验收评分表", PRINTS.preview(Printouts.scoringSheet()).title());
        assertEquals("从业人员抽查记录", PRINTS.preview(Printouts.spotCheck()).title());
        assertEquals("现场检查记录", PRINTS.preview(Printouts.onSite()).title());

        Path folder = Files.createDirectories(dir.resolve("已有文件夹.pdf"));
        OutputRefusedException refused = assertThrows(OutputRefusedException.class,
                () -> PRINTS.write(Printouts.onSite(), folder, Progress.NONE));
        assertFalse(refused.userMessage(new Messages(Locale.SIMPLIFIED_CHINESE)).isBlank());
        assertTrue(Files.isDirectory(folder), "nothing replaced");
    }

    /**
     * Writes the printout twice, checks the same bytes, fonts embedded, no glyph outside the page, nothing cut, and
     * draws its first page as the preview does; returns the text of each page.
     */
    private List<String> printTwiceAndCheck(InspectionPrintout printout, String name) throws Exception {
        Path first = dir.resolve(name + " 1.pdf");
        Path second = dir.resolve(name + " 2.pdf");
        InspectionPrints.Result result = PRINTS.write(printout, first, Progress.NONE);
        PRINTS.write(printout, second, Progress.NONE);
        keep(first);
        assertEquals(first, result.file());
        assertEquals(PdfFiles.pages(first), result.pages());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "the same input prints the same bytes");
        assertTrue(PdfFiles.notEmbeddedFonts(first).isEmpty(), PdfFiles.notEmbeddedFonts(first).toString());
        assertTrue(PdfFiles.glyphsOutside(first, 20).isEmpty(), PdfFiles.glyphsOutside(first, 20).toString());
        ReportRequest request = PRINTS.request(printout);
        assertEquals(result.pages(), ReportCuts.requireNothingCut(RUNNER, request), "nothing cut, same pages");
        try (PDDocument doc = Loader.loadPDF(first.toFile())) {
            assertNull(doc.getDocumentInformation().getCreationDate(), "no time of writing");
        }
        try (PdfDocument preview = PdfDocument.open(first)) {
            BufferedImage page = preview.render(0, 48);
            assertTrue(page.getWidth() > 0 && page.getHeight() > 0);
        }
        return pageTexts(first);
    }

    private static List<String> pageTexts(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
        }
        return pages;
    }

    /** All pages as one text without white space: a text wrapped over lines or rows is found whole. */
    private static String flat(List<String> pages) {
        return flatten(String.join("", pages));
    }

    private static String flatten(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Copies the PDF to the folder named by {@code -Dnineones.look=DIR}, to look at by hand; else does nothing. */
    private static void keep(Path pdf) throws IOException {
        String look = System.getProperty("nineones.look");
        if (look != null && !look.isBlank()) {
            Files.createDirectories(Path.of(look));
            Files.copy(pdf, Path.of(look).resolve(pdf.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
