package org.nineones.service.acceptance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.excel.ColumnMapping;
import org.nineones.excel.RosterSheet;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Finding;
import org.nineones.model.acceptance.SelfAssessment;
import org.nineones.report.PdfFiles;
import org.nineones.service.Progress;
import org.nineones.service.roster.RosterImportService;
import org.nineones.store.Workspace;

/**
 * The 自评报告 and the on-site checklist read back: text (Chinese), fonts embedded, pages, nothing outside the page,
 * the preview marked on every page, a line with 300 findings still one readable row, and the same bytes every time.
 */
class SelfAssessmentReportTest {

    @TempDir
    static Path dir;
    private static Services services;
    private static Workspace workspace;
    private static SelfAssessment signed;
    private static SelfAssessmentReport report;

    @BeforeAll
    static void workspaceFromARosterSignedOnce() throws Exception {
        services = new Services(new Settings(dir.resolve("设置")), new Messages(Locale.SIMPLIFIED_CHINESE));
        workspace = services.workspaces().create(dir.resolve("示例 企业.nineones"), "滨州示例化工有限公司",
                "91371600MA3C7E2X1C");
        RosterImportService roster = services.rosterImport();
        RosterSheet sheet = roster.read(Path.of("sample-data/rosters/钉钉导出-通讯录.xlsx"), null, Progress.NONE);
        ColumnMapping mapping = roster.ignore(roster.ignore(sheet.automaticMapping(), "员工UserID"), "直属主管");
        roster.commit(workspace, roster.preview(workspace, sheet, mapping), false, Progress.NONE);
        LocalDate today = LocalDate.now();
        signed = services.selfAssessments().sign(workspace, services.checklists().defaultTemplate(), today, "王建国",
                today);
        report = services.selfAssessmentReport();
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void theSignedReportHasTheCoverTheTablesAndTheSignatureBlocksAndIsTheSameBytesEveryTime() throws Exception {
        Path first = dir.resolve("自评报告 1.pdf");
        Path second = dir.resolve("自评报告 2.pdf");
        SelfAssessmentReport.Result result = report.write(workspace, signed, first, Progress.NONE);
        report.write(workspace, signed, second, Progress.NONE);

        keep(first);
        assertEquals(PdfFiles.pages(first), result.pages());
        assertTrue(result.pages() >= 3 && result.pages() <= 8, "pages: " + result.pages());
        String text = PdfFiles.text(first);
        String enterprise = workspace.read(store -> store.enterprise().get().name());
        for (String expected : List.of("自评报告", enterprise, "九个一验收标准（默认）（2026.2 版）", "签字人", "王建国",
                "一、各项得分", "二、扣分点及原因说明", "三、否决项", "四、需人工评定而尚未评定的检查项", "1 责任清单",
                "合计", "自评负责人（签字）", "主要负责人（签字）", "日期", "第 2 页", "共 " + result.pages() + " 页")) {
            assertTrue(text.contains(expected), expected + " missing in:\n" + text);
        }
        assertTrue(text.contains(signed.templateSha256().substring(0, 8)), "the checklist's fingerprint");
        assertFalse(text.contains("未签署"), "a signed report is not marked as a preview");
        assertTrue(PdfFiles.notEmbeddedFonts(first).isEmpty(), PdfFiles.notEmbeddedFonts(first).toString());
        assertTrue(PdfFiles.glyphsOutside(first, 20).isEmpty(), PdfFiles.glyphsOutside(first, 20).toString());

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second),
                "the same self-assessment prints the same bytes");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(first.toFile())) {
            assertEquals(null, doc.getDocumentInformation().getCreationDate(), "no time of writing");
            assertTrue(PdfFiles.text(first).length() > 0);
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }

    @Test
    void aPreviewOfTheDaysScoreIsMarkedUnsignedOnEveryPage() throws Exception {
        ChecklistTemplate template = services.checklists().defaultTemplate();
        LocalDate today = LocalDate.now();
        ChecklistScore score = services.readiness().assess(workspace, template, today, today);
        Path out = dir.resolve("预览.pdf");
        SelfAssessmentReport.Result result = report.writePreview(workspace, template, score, today, out,
                Progress.NONE);
        List<String> pages = pageTexts(out);
        assertEquals(result.pages(), pages.size());
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains("未签署 · 预览"), "page " + (i + 1) + ":\n" + pages.get(i));
        }
        assertTrue(pages.get(0).contains("本报告为评分预览，尚未签署"), pages.get(0));
        for (int i = 2; i < pages.size(); i++) {
            String heading = pages.get(i).lines().filter(l -> l.matches("^[一二三四]、.*")).findFirst().orElse("");
            assertTrue(heading.endsWith("（续）") || !pages.get(i - 1).contains(heading.replace("（续）", "")),
                    "a section running on from page " + i + " says so: " + heading);
        }
        // the criterion of a line with deductions is printed beside it
        String all = String.join("\n", pages);
        assertTrue(all.contains(template.lines().get(0).criterion().substring(0, 12)), all);
    }

    @Test
    void aLineWithThreeHundredFindingsListsTheFirstAndCountsTheRest() throws Exception {
        ChecklistTemplate template = services.checklists().defaultTemplate();
        ChecklistLine first = template.lines().get(0);
        String kind = first.deductions().get(0).finding();
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            findings.add(new Finding(kind, "第" + i + "车间/甲班 操作工" + i + "：没有任何责任清单，需编制并经主要负责人批准后生效", null));
        }
        ChecklistScore score = services.checklists().scorer().score(template, Map.of(kind, findings), Map.of(),
                Set.of());
        Path out = dir.resolve("三百处.pdf");
        SelfAssessmentReport.Result result = report.writePreview(workspace, template, score, LocalDate.now(), out,
                Progress.NONE);
        keep(out);
        String text = PdfFiles.text(out).replaceAll("\\s+", "");
        assertTrue(result.pages() <= 5, "pages: " + result.pages());
        assertTrue(text.contains("…等300处"), text);
        assertTrue(text.contains("300处，每处扣1分"), text);
        assertTrue(text.contains("第8车间/甲班操作工8"), text);
        assertFalse(text.contains("第9车间/甲班操作工9："), "only the first findings are listed");
        assertTrue(PdfFiles.glyphsOutside(out, 20).isEmpty(), PdfFiles.glyphsOutside(out, 20).toString());
    }

    @Test
    void theChecklistForOnSiteUseHasEveryLineTheHeaderOnEveryPageAndPageNumbers() throws Exception {
        ChecklistTemplate template = services.checklists().defaultTemplate();
        Path out = dir.resolve("检查表.pdf");
        Path again = dir.resolve("检查表 2.pdf");
        SelfAssessmentReport.Result result = report.writeChecklist(template, out, Progress.NONE);
        report.writeChecklist(template, again, Progress.NONE);
        assertEquals(template.lines().size(), result.lines());
        assertTrue(result.pages() >= 2 && result.pages() <= 4, "pages: " + result.pages());
        List<String> pages = pageTexts(out);
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertTrue(page.contains("九个一安全生产责任制验收检查表") && page.contains("考评方法")
                    && page.contains("检查记录"), "header on page " + (i + 1) + ":\n" + page);
            assertTrue(page.contains("第 " + (i + 1) + " 页") && page.contains("共 " + pages.size() + " 页"), page);
        }
        String all = String.join("", pages).replaceAll("\\s+", "");
        for (ChecklistLine line : template.lines()) {
            assertTrue(all.contains(line.criterion().replaceAll("\\s+", "")), line.id() + " criterion");
            assertTrue(all.contains(line.rule().replaceAll("\\s+", "")), line.id() + " rule");
        }
        assertTrue(all.contains("否决") && all.contains("A+M") && all.contains("（可缺项）"), all);
        assertTrue(PdfFiles.notEmbeddedFonts(out).isEmpty());
        assertTrue(PdfFiles.glyphsOutside(out, 20).isEmpty(), PdfFiles.glyphsOutside(out, 20).toString());
        assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again));
    }

    @Test
    void inEnglishTheSamePrintoutsSayItInEnglish() throws Exception {
        SelfAssessmentReport english = new SelfAssessmentReport(new Messages(Locale.ENGLISH), services.checklists());
        Path out = dir.resolve("report-en.pdf");
        english.write(workspace, signed, out, Progress.NONE);
        String text = PdfFiles.text(out);
        for (String expected : List.of("Self-assessment report", "1. Score by item", "2. Deductions and their reasons",
                "Officer (signature):", "王建国")) {
            assertTrue(text.contains(expected), expected + " missing in:\n" + text);
        }
        assertFalse(text.contains("!selfReport."), text);
        Path sheet = dir.resolve("checklist-en.pdf");
        english.writeChecklist(services.checklists().defaultTemplate(), sheet, Progress.NONE);
        assertTrue(PdfFiles.text(sheet).contains("Nine-ones work-safety responsibility acceptance checklist"));
    }

    /** Copies the PDF to the folder named by {@code -Dnineones.look=DIR}, to look at by hand; else does nothing. */
    private static void keep(Path pdf) throws IOException {
        String look = System.getProperty("nineones.look");
        if (look != null && !look.isBlank()) {
            Files.createDirectories(Path.of(look));
            Files.copy(pdf, Path.of(look).resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<String> pageTexts(Path pdf) throws IOException {
        keep(pdf);
        List<String> pages = new ArrayList<>();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
        }
        return pages;
    }
}
