package org.nineones.service.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.OutputRefusedException;
import org.nineones.model.acceptance.SelfAssessment;
import org.nineones.model.inspection.Familiarity;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.model.acceptance.Points;
import org.nineones.model.inspection.SignedRecord;
import org.nineones.model.inspection.OnSiteRecord;
import org.nineones.service.Progress;
import org.nineones.service.inspection.print.AcceptanceOpinion;
import org.nineones.service.inspection.print.InspectionPrintout;
import org.nineones.service.inspection.print.OnSiteSheet;
import org.nineones.service.inspection.print.ScoringSheet;
import org.nineones.service.inspection.print.SpotCheckSheet;
import org.nineones.store.InspectionFile;

/**
 * The inspection's papers assembled from a real inspection of the sample enterprise's signed package: the scores side
 * by side, the spot check's ratings and questions, the findings with their deadlines, the papers that need the signed
 * record refused before it, the four PDFs and the findings file read back.
 */
class InspectionPapersTest {

    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final LocalDate DEADLINE = LocalDate.of(2027, 1, 15);

    @TempDir
    static Path dir;
    private static Services services;
    private static InspectionPapers papers;
    private static InspectionFile file;
    private static Inspection inspection;
    private static SelfAssessment self;
    private static InspectionPapers.Papers unsigned;
    private static InspectionPapers.Papers signed;
    private static String changedLine;
    private static List<FramePerson> rated;

    @BeforeAll
    static void inspect() throws Exception {
        services = new Services(new Settings(dir.resolve("home")), ZH);
        papers = services.inspectionPapers();
        self = SamplePackage.signed().selfAssessment();
        file = services.inspections().create(dir.resolve("检查" + InspectionFile.EXTENSION), "第一检查组");
        inspection = services.inspections().openPackage(file, SamplePackage.signed().zip(), null, Progress.NONE)
                .inspection();
        SpotCheckService spot = services.spotChecks();
        SpotCheck check = spot.draw(file, inspection, 20261207L, null, null);
        rated = check.workers().stream().limit(3).map(SpotCheck.Worker::person).toList();
        spot.rate(file, inspection, rated.get(0), Familiarity.FAMILIAR, "回答完整", null);
        spot.rate(file, inspection, rated.get(1), Familiarity.UNFAMILIAR, "说不出报警电话", null);
        spot.rate(file, inspection, rated.get(2), Familiarity.BASICALLY_FAMILIAR, "", null);
        InspectionReviewService reviews = services.inspectionReviews();
        InspectorReview review = reviews.review(file, inspection, spot);
        InspectorReview.Line line = review.lines().stream()
                .filter(l -> l.line().points() != null && l.selfScore() != null
                        && l.selfScore().compareTo(BigDecimal.ONE) > 0).findFirst().orElseThrow();
        changedLine = line.id();
        reviews.changeScore(file, inspection, changedLine, line.selfScore().subtract(BigDecimal.ONE), "罐区未见告知卡");
        review = reviews.review(file, inspection, spot);
        for (InspectorReview.Line l : review.lines()) {
            if (l.score().veto() != null || !l.score().notApplicable() && l.score().deducted() != null
                    && l.score().deducted().signum() > 0) {
                reviews.findingFromLine(file, review, l.id(), DEADLINE, "孙建国");
            }
        }
        unsigned = papers.read(file, inspection);
        reviews.sign(file, inspection, spot, new OnSiteRecord("2026-12-07 09:00—16:30", "企业厂区", "逐项核查", "", "",
                List.of("李明", "王芳"), "孙建国", false, "", "", ""));
        signed = papers.read(file, inspection);
    }

    private static String pdf(InspectionPrintout printout, String name) throws Exception {
        Path out = dir.resolve(name);
        papers.write(printout, out, Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theScoringSheetPutsTheEnterprisesAndTheInspectorsScoresSideBySideWithTheReason() {
        ScoringSheet sheet = papers.scoringSheet(unsigned);
        assertEquals(unsigned.review().lines().size(), sheet.lines().size());
        ScoringSheet.Line line = sheet.lines().stream().filter(l -> l.id().equals(changedLine)).findFirst()
                .orElseThrow();
        InspectorReview.Line reviewed = unsigned.review().line(changedLine).orElseThrow();
        assertEquals(0, reviewed.selfScore().compareTo(line.selfScore()));
        assertEquals(0, reviewed.selfScore().subtract(BigDecimal.ONE).compareTo(line.score()));
        assertEquals("罐区未见告知卡", line.reason());
        assertEquals(reviewed.line().item() + " " + ZH.get("checklist.item." + reviewed.line().item()), line.item());
        assertEquals(0, self.score().compareTo(sheet.selfScore()));
        assertEquals(0, unsigned.review().score().score().compareTo(sheet.score()));
        assertTrue(sheet.deductions().stream().anyMatch(d -> d.lineId().equals(changedLine)
                && d.reason().contains("罐区未见告知卡")), sheet.deductions().toString());
        assertTrue(sheet.inspectors().isEmpty(), "nobody signed yet");
        assertEquals(List.of("李明", "王芳"), papers.scoringSheet(signed).inspectors());
    }

    @Test
    void theSpotCheckSheetHasTheSeedEveryWorkerAndTheRatingsWithTheirQuestions() {
        SpotCheckSheet sheet = papers.spotCheckSheet(signed);
        SpotCheck check = signed.spotCheck().orElseThrow();
        assertEquals(20261207L, sheet.seed());
        assertEquals(check.draw().frameSha256(), sheet.frameSha256());
        assertEquals(check.workers().size(), sheet.workers().size());
        // the rule's size and the people drawn agree on paper: a worker the draw added is said
        int added = check.draw().size() - check.draw().ruleSize();
        assertEquals(added > 0, sheet.rule().contains("另补抽"), sheet.rule());
        assertTrue(sheet.rule().contains("抽查 " + check.draw().ruleSize() + " 人"), sheet.rule());
        if (added > 0) {
            assertTrue(sheet.rule().endsWith("另补抽班组长或特种作业人员 " + added + " 人"), sheet.rule());
        }
        assertEquals(Familiarity.FAMILIAR, sheet.workers().get(0).rating());
        assertEquals(Familiarity.UNFAMILIAR, sheet.workers().get(1).rating());
        assertEquals("说不出报警电话", sheet.workers().get(1).note());
        assertEquals(Familiarity.BASICALLY_FAMILIAR, sheet.workers().get(2).rating());
        assertNull(sheet.workers().get(3).rating());
        assertEquals(check.rating(rated.get(1)).orElseThrow().questions().stream()
                        .map(q -> q.stem() + q.lettered("\n")).toList(),
                sheet.workers().get(1).questions().stream().map(SpotCheckSheet.Question::text).toList());
        // a choice question is printed with its options: its answer is a letter, read against them on paper
        int choices = 0;
        for (int i = 0; i < 3; i++) {
            List<ExamQuestion> asked = check.rating(rated.get(i)).orElseThrow().questions();
            for (int q = 0; q < asked.size(); q++) {
                if (!asked.get(q).options().isEmpty()) {
                    choices++;
                    String text = sheet.workers().get(i).questions().get(q).text();
                    assertTrue(text.startsWith(asked.get(q).stem() + "\nA. " + asked.get(q).options().get(0)), text);
                    assertTrue(text.endsWith(ExamQuestion.letter(asked.get(q).options().size() - 1) + ". "
                            + asked.get(q).options().get(asked.get(q).options().size() - 1)), text);
                }
            }
        }
        assertTrue(choices > 0, "the spot check asked at least one choice question");
        assertEquals(rated.get(1).name(), sheet.workers().get(1).name());
    }

    @Test
    void theOpinionAndTheFindingsFileNeedTheSignedRecord() {
        for (var paper : List.<Runnable>of(() -> papers.opinion(unsigned), () -> papers.opinion(unsigned, "", ""),
                () -> papers.findings(unsigned, null), () -> papers.onSiteSheet(unsigned))) {
            InspectionReviewException e = assertThrows(InspectionReviewException.class, paper::run);
            assertEquals(InspectionReviewException.Reason.NOT_SIGNED, e.reason());
            assertTrue(e.getMessage().contains("尚未签字"), e.getMessage());
        }
        Path opinion = dir.resolve("未签.pdf");
        assertThrows(InspectionReviewException.class, () -> papers.issue(unsigned, opinion,
                dir.resolve("未签.zip"), Progress.NONE));
        assertFalse(Files.exists(opinion));
        OnSiteSheet draft = papers.onSiteSheet(unsigned, new OnSiteRecord("2026-12-07 09:00", "厂区", "核查", "", "",
                List.of("李明"), "孙建国", false, "", "", ""));
        assertEquals(unsigned.review().findings().size(), draft.problems().size());
    }

    @Test
    void theSignedPapersCarryTheFindingsWithTheirDeadlines() {
        List<InspectionFinding> findings = signed.review().findings();
        assertTrue(findings.size() >= 2, findings.toString());
        AcceptanceOpinion opinion = papers.opinion(signed, "滨城验〔2026〕第 1 号", "总体较好");
        assertEquals(findings, opinion.findings());
        assertEquals(0, signed.signed().orElseThrow().score().compareTo(opinion.score()));
        assertEquals(List.of("李明", "王芳"), opinion.inspectors());
        assertEquals("总体较好", opinion.opinion());
        // without words of the inspector's own: the score, the conclusion and what to do next
        SignedRecord s = signed.signed().orElseThrow();
        assertEquals("经现场检查，" + inspection.enterpriseName() + "全员安全生产责任制验收得分 " + Points.text(s.score())
                + " 分（满分 " + Points.text(s.maxScore()) + " 分），结论为“" + ZH.of(s.conclusion())
                + "”。请对照本意见书所列问题在规定期限内完成整改，并将整改情况及佐证材料报送检查单位。",
                papers.opinion(signed, "", " ").opinion());
        OnSiteSheet onSite = papers.onSiteSheet(signed);
        assertEquals(LocalDate.of(2026, 12, 7).atTime(9, 0), onSite.start());
        assertEquals(LocalDate.of(2026, 12, 7).atTime(16, 30), onSite.end());
        assertEquals(findings.size(), onSite.problems().size());
        assertTrue(onSite.problems().stream().allMatch(p -> p.handling().contains(DEADLINE.toString())
                && p.handling().contains("孙建国")), onSite.problems().toString());
        FindingsFile.Content content = papers.findings(signed, null);
        assertEquals(findings, content.findings());
        assertEquals("李明、王芳", content.inspector());
    }

    @Test
    void theFourPrintoutsAreReadBackInChinese() throws Exception {
        String scoring = pdf(papers.scoringSheet(signed), "评分表.pdf");
        assertTrue(scoring.contains("验收评分表") && scoring.contains("罐区未见告知卡"), scoring);
        String spot = pdf(papers.spotCheckSheet(signed), "抽查记录.pdf");
        assertTrue(spot.contains("从业人员抽查记录") && spot.contains("不熟知") && spot.contains("基本熟知")
                && spot.contains("20261207") && spot.contains(rated.get(1).name()), spot);
        String onSite = pdf(papers.onSiteSheet(signed), "现场检查记录.pdf");
        assertTrue(onSite.contains("现场检查记录") && onSite.contains("企业厂区") && onSite.contains(DEADLINE.toString()),
                onSite);
        String opinion = pdf(papers.opinion(signed), "意见书.pdf");
        assertTrue(opinion.contains("验收意见书") && opinion.contains(DEADLINE.toString())
                && opinion.contains(inspection.enterpriseName()), opinion);
    }

    @Test
    void issuingWritesTheOpinionInsideTheFindingsFileAndRefusesThePackageAsAnOutput() throws Exception {
        Path opinion = dir.resolve("出具/验收意见书.pdf");
        Path findings = dir.resolve("出具/检查发现问题清单.zip");
        InspectionPapers.Issued issued = papers.issue(signed, opinion, findings, Progress.NONE,
                SamplePackage.signed().zip());
        assertTrue(issued.opinion().pages() >= 1);
        FindingsFile.Content read = services.findingsFiles().read(findings);
        assertEquals(papers.findings(signed, Files.readAllBytes(opinion)), read);

        Path other = dir.resolve("出具/另一份.pdf");
        assertThrows(OutputRefusedException.class, () -> papers.issue(signed, other,
                SamplePackage.signed().zip(), Progress.NONE, SamplePackage.signed().zip()));
        assertFalse(Files.exists(other), "nothing written when the findings file would overwrite the package");
    }
}
