package org.nineones.service.county;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nineones.service.county.SyntheticInspections.creditCode;
import static org.nineones.service.county.SyntheticInspections.finding;
import static org.nineones.service.county.SyntheticInspections.line;
import static org.nineones.service.county.SyntheticInspections.signed;
import static org.nineones.service.county.SyntheticInspections.unsigned;
import static org.nineones.service.county.SyntheticInspections.veto;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Messages;
import org.nineones.model.RecordTime;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.county.Colour;
import org.nineones.model.county.CountyRow;
import org.nineones.model.county.CountySummary;
import org.nineones.model.county.DeskBatch;
import org.nineones.model.county.DeskInspection;
import org.nineones.model.county.EnterpriseRow;
import org.nineones.model.inspection.FindingClosing;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.InspectionFinding.Source;
import org.nineones.service.inspection.ClosingFixture;
import org.nineones.service.inspection.ClosingService;
import org.nineones.store.InspectionFile;
import org.nineones.store.DeskStore;

/**
 * The county desk's store and summary, the same tests on each engine (decision 0025): an inspection kept once by its
 * uid, the summary's every column on a small county of known enterprises (colours, interviews, findings overdue, the
 * most frequent deductions), a real inspection file's finding closed once the inspector accepted it and open again
 * once sent back, a batch with an enterprise not inspected, the batch sheet's refusals with nothing
 * written, and 700 inspections summarised within the target.
 */
abstract class DeskSummaryContract {

    static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @TempDir
    Path dir;
    DeskStore desk;
    final CountyDeskService desks = new CountyDeskService(ZH);
    final CountySummaryService summaries = new CountySummaryService(ZH);

    /** A fresh, empty desk on the engine under test. */
    abstract DeskStore newDesk() throws Exception;

    /** Closes and removes what {@link #newDesk} made. */
    abstract void dropDesk() throws Exception;

    @BeforeEach
    void open() throws Exception {
        desk = newDesk();
    }

    @AfterEach
    void close() throws Exception {
        dropDesk();
    }

    /** The small county of the class comment: seven enterprises over two counties, as of {@link #AS_OF}. */
    private void county() {
        List<DeskInspection> all = new ArrayList<>();
        all.add(signed("甲一化工", creditCode(1), "甲县", true, "2026-03-01 09:00:00", "95", Conclusion.PASS,
                List.of(line("1.1", "1")), List.of(finding("1.1", Source.DEDUCTION, LocalDate.of(2026, 5, 1), true))));
        all.add(signed("甲二化工", creditCode(2), "甲县", false, "2026-01-10 09:00:00", "75", Conclusion.RECTIFY,
                List.of(line("2.1", "3")), List.of(finding("2.1", Source.DEDUCTION, LocalDate.of(2026, 2, 1), false))));
        all.add(signed("甲二化工", creditCode(2), "甲县", false, "2026-04-10 09:00:00", "60", Conclusion.FAIL,
                List.of(line("1.1", "5"), line("5.1", "4")),
                List.of(finding("5.1", Source.DEDUCTION, LocalDate.of(2026, 7, 31), true))));
        all.add(signed("甲三化工", creditCode(3), "甲县", true, "2026-02-01 09:00:00", "88", Conclusion.PASS,
                List.of(line("5.1", "0.5")), List.of()));
        all.add(unsigned("甲三化工", creditCode(3), "甲县", false, "2026-05-01 09:00:00"));
        all.add(signed("甲四化工", creditCode(4), "甲县", false, "2026-03-15 09:00:00", "80", Conclusion.RECTIFY,
                List.of(veto("1.2")), List.of(finding("1.2", Source.VETO, LocalDate.of(2026, 6, 1), true))));
        all.add(unsigned("乙五化工", creditCode(5), "乙县", true, "2026-05-20 09:00:00"));
        all.add(signed("乙六化工", creditCode(6), "乙县", false, "2026-01-05 09:00:00", "72", Conclusion.RECTIFY,
                List.of(line("3.1", "2")), List.of()));
        all.add(signed("乙六化工", creditCode(6), "乙县", false, "2026-05-05 09:00:00", "91", Conclusion.PASS,
                List.of(), List.of()));
        all.add(signed("乙七化工", creditCode(7), "乙县", false, "2026-01-07 09:00:00", "86", Conclusion.PASS,
                List.of(), List.of()));
        all.add(signed("乙七化工", creditCode(7), "乙县", false, "2026-05-07 09:00:00", "78", Conclusion.RECTIFY,
                List.of(line("9.1", "1")), List.of()));
        assertEquals(all.size(), desks.insert(desk, all));
    }

    private static Map<String, CountyRow> byCounty(CountySummary summary) {
        return summary.counties().stream().collect(Collectors.toMap(CountyRow::county, Function.identity()));
    }

    @Test
    void everyColumnOfTheSummaryPerCountyWithColoursInterviewsAndOverdueFindings() {
        county();
        CountySummary summary = summaries.summary(desk, null, AS_OF);
        assertEquals(List.of("乙县", "甲县"), summary.counties().stream().map(CountyRow::county).sorted().toList());
        CountyRow a = byCounty(summary).get("甲县");
        assertEquals(List.of(4, 2, 4, 2, 1, 1, 0), List.of(a.enterprises(), a.selfAssessed(), a.accepted(), a.passed(),
                a.rectify(), a.failed(), a.notInspected()));
        assertEquals(new BigDecimal("80.8"), a.averageScore());
        assertEquals(new BigDecimal("50.0"), a.passRate());
        assertEquals(List.of(1, 1, 2, 1), List.of(a.green(), a.yellow(), a.red(), a.interviews()));
        assertEquals(List.of(3, 2), List.of(a.findingsOpen(), a.findingsOverdue()));
        assertEquals(List.of(new CountyRow.LineCount("1.1", 2), new CountyRow.LineCount("5.1", 2),
                new CountyRow.LineCount("1.2", 1)), a.topDeductions());

        CountyRow b = byCounty(summary).get("乙县");
        assertEquals(List.of(3, 1, 2, 1, 1, 0, 0), List.of(b.enterprises(), b.selfAssessed(), b.accepted(), b.passed(),
                b.rectify(), b.failed(), b.notInspected()));
        assertEquals(new BigDecimal("84.5"), b.averageScore());
        assertEquals(List.of(1, 1, 0, 0), List.of(b.green(), b.yellow(), b.red(), b.interviews()));
        assertEquals(List.of(new CountyRow.LineCount("9.1", 1)), b.topDeductions());

        assertEquals(List.of(creditCode(2)), summary.interviews().stream().map(EnterpriseRow::creditCode).toList());
        assertTrue(summary.notInspected().isEmpty());

        CountyRow total = summary.total();
        assertEquals(List.of(7, 3, 6, 3, 2, 1, 0), List.of(total.enterprises(), total.selfAssessed(),
                total.accepted(), total.passed(), total.rectify(), total.failed(), total.notInspected()));
        assertEquals(new BigDecimal("82.0"), total.averageScore());
        assertEquals(new BigDecimal("50.0"), total.passRate());
        assertEquals(List.of(2, 2, 2, 1, 3, 2), List.of(total.green(), total.yellow(), total.red(),
                total.interviews(), total.findingsOpen(), total.findingsOverdue()));
        assertEquals(List.of("1.1", "5.1", "1.2", "9.1"), total.topDeductions().stream()
                .map(CountyRow.LineCount::lineId).toList());

        Map<String, EnterpriseRow> rows = summaries.enterprises(desk, null, AS_OF).stream()
                .collect(Collectors.toMap(EnterpriseRow::creditCode, Function.identity()));
        assertEquals(Colour.GREEN, rows.get(creditCode(1)).colour());
        assertEquals(Colour.RED, rows.get(creditCode(2)).colour());
        assertEquals(Colour.YELLOW, rows.get(creditCode(3)).colour(), "通过 below 90 is yellow");
        assertEquals(Colour.RED, rows.get(creditCode(4)).colour(), "a veto finding open after its deadline is red");
        assertNull(rows.get(creditCode(5)).colour(), "not accepted yet: no colour");
        assertTrue(rows.get(creditCode(5)).inspected());
        assertEquals(new BigDecimal("88"), rows.get(creditCode(3)).score(), "the latest signed, not the newer unsigned");
        assertEquals(Conclusion.PASS, rows.get(creditCode(3)).conclusion());
    }

    @Test
    void aVetoFindingNotYetDueLeavesTheEnterpriseYellow() {
        county();
        Map<String, EnterpriseRow> rows = summaries.enterprises(desk, null, LocalDate.of(2026, 4, 30)).stream()
                .collect(Collectors.toMap(EnterpriseRow::creditCode, Function.identity()));
        assertEquals(Colour.YELLOW, rows.get(creditCode(4)).colour());
        assertEquals(0, rows.get(creditCode(1)).findingsOverdue());
    }

    @Test
    void anInspectionIsKeptOnceByItsUidAndOnlyGainsItsSignatureAndNewFindings() {
        DeskInspection open = unsigned("丙化工", creditCode(9), "丙县", true, "2026-05-01 09:00:00");
        desk.write(r -> r.put(open));
        assertEquals(org.nineones.store.DeskRepository.Put.UNCHANGED, desk.write(r -> r.put(open)));
        DeskInspection withFinding = new DeskInspection(open.uid(), open.enterpriseName(), open.creditCode(),
                open.county(), open.industry(), open.packageFingerprint(), open.openedAt(), true, null, null, null,
                null, List.of(), List.of(finding("", Source.MANUAL, LocalDate.of(2026, 6, 1), true)), "b.nineinspect");
        assertEquals(org.nineones.store.DeskRepository.Put.FINDINGS_ADDED, desk.write(r -> r.put(withFinding)));
        DeskInspection signedNow = new DeskInspection(open.uid(), open.enterpriseName(), open.creditCode(),
                open.county(), open.industry(), open.packageFingerprint(), open.openedAt(), true,
                "2026-05-02 10:00:00", new BigDecimal("86.5"), BigDecimal.valueOf(100), Conclusion.PASS,
                List.of(line("4.1", "2"), veto("1.2")), withFinding.findings(), "c.nineinspect");
        assertEquals(org.nineones.store.DeskRepository.Put.SIGNED_NOW, desk.write(r -> r.put(signedNow)));
        assertEquals(org.nineones.store.DeskRepository.Put.UNCHANGED, desk.write(r -> r.put(signedNow)));
        assertEquals(org.nineones.store.DeskRepository.Put.UNCHANGED, desk.write(r -> r.put(open)),
                "an older unsigned copy never undoes a signature");
        DeskInspection.DeskFinding f0 = signedNow.findings().get(0);
        DeskInspection accepted = withFinding(signedNow, new DeskInspection.DeskFinding(f0.uid(), f0.lineId(),
                f0.source(), f0.seen(), f0.deadline(), f0.responsible(), false, LocalDate.of(2026, 5, 20),
                "2026-05-20 02:00:00"));
        assertEquals(org.nineones.store.DeskRepository.Put.FINDINGS_CHANGED, desk.write(r -> r.put(accepted)));
        DeskInspection olderDecision = withFinding(signedNow, new DeskInspection.DeskFinding(f0.uid(), f0.lineId(),
                f0.source(), f0.seen(), f0.deadline(), f0.responsible(), true, null, "2026-05-19 02:00:00"));
        assertEquals(org.nineones.store.DeskRepository.Put.UNCHANGED, desk.write(r -> r.put(olderDecision)),
                "a copy holding an older decision does not undo a later one");
        DeskInspection acceptedAgain = withFinding(signedNow, new DeskInspection.DeskFinding(f0.uid(), f0.lineId(),
                f0.source(), f0.seen(), f0.deadline(), f0.responsible(), false, LocalDate.of(2026, 5, 20),
                "2026-05-22 02:00:00"));
        assertEquals(org.nineones.store.DeskRepository.Put.UNCHANGED, desk.write(r -> r.put(acceptedAgain)),
                "a later decision with the same outcome changes no status");
        DeskInspection between = withFinding(signedNow, new DeskInspection.DeskFinding(f0.uid(), f0.lineId(),
                f0.source(), f0.seen(), f0.deadline(), f0.responsible(), true, null, "2026-05-21 02:00:00"));
        assertEquals(org.nineones.store.DeskRepository.Put.UNCHANGED, desk.write(r -> r.put(between)),
                "a decision older than the latest kept, though newer than the one that closed it, changes nothing");
        assertEquals(1, desks.inspectionCount(desk));
        DeskInspection kept = desks.inspection(desk, open.uid()).orElseThrow();
        assertEquals(new BigDecimal("86.5"), kept.score());
        assertEquals(Conclusion.PASS, kept.conclusion());
        assertEquals(1, kept.vetoes());
        assertEquals(1, kept.findings().size());
        assertFalse(kept.findings().get(0).open());
        assertEquals(LocalDate.of(2026, 5, 20), kept.findings().get(0).closedOn());
        assertEquals("2026-05-22 02:00:00", kept.findings().get(0).decidedAt());
        assertEquals(2, kept.lines().size());
        assertEquals(0, desks.insert(desk, List.of(signedNow)), "inserting a kept inspection again adds nothing");
    }

    @Test
    void aFindingTheInspectorAcceptedIsClosedOnTheDeskAndOpenAgainOnceSentBack() throws Exception {
        ClosingFixture f = ClosingFixture.get();
        Path pristine = Files.copy(f.inspectionFile, dir.resolve("原件.nineinspect"));
        Path decided = f.inspectionCopy(dir);
        ClosingService closings = f.services.closings();
        Inspection inspection;
        FindingClosing accepted;
        int findings;
        try (InspectionFile file = f.services.inspections().open(decided)) {
            inspection = f.services.inspections().inspections(file).get(0);
            List<FindingClosing> states = closings.importPackage(file, f.closing).findings();
            findings = states.size();
            accepted = closings.accept(file, inspection, states.get(0).finding().uid());
        }
        String uid = accepted.finding().uid();
        LocalDate today = LocalDate.now();

        CountyDeskService.Loaded first = desks.load(desk, pristine);
        assertEquals(List.of(1, 1), List.of(first.inspections(), first.added()));
        assertEquals(findings, summaries.summary(desk, null, today).total().findingsOpen(), "none accepted yet");

        CountyDeskService.Loaded closed = desks.load(desk, decided);
        assertEquals(List.of(1, 0, 0, 0, 1, 0), List.of(closed.inspections(), closed.added(), closed.signedNow(),
                closed.findingsAdded(), closed.findingsChanged(), closed.unchanged()));
        assertEquals(findings - 1, summaries.summary(desk, null, today).total().findingsOpen());
        assertEquals(findings - 1, summaries.enterprises(desk, null, today).get(0).findingsOpen());
        DeskInspection.DeskFinding kept = keptFinding(inspection.uid(), uid);
        assertFalse(kept.open());
        assertEquals(RecordTime.localTime(accepted.decision().decidedAt()).toLocalDate(), kept.closedOn(),
                "closed on the day the inspector accepted it");

        CountyDeskService.Loaded older = desks.load(desk, pristine);
        assertEquals(1, older.unchanged(), "a copy without the decision does not reopen it");
        assertEquals(findings - 1, summaries.summary(desk, null, today).total().findingsOpen());

        try (InspectionFile file = f.services.inspections().open(decided)) {
            closings.reopen(file, inspection, uid, "整改照片看不清风险告知卡内容");
        }
        CountyDeskService.Loaded reopened = desks.load(desk, decided);
        assertEquals(List.of(1, 0), List.of(reopened.findingsChanged(), reopened.unchanged()));
        assertEquals(findings, summaries.summary(desk, null, today).total().findingsOpen(), "open again");
        assertTrue(keptFinding(inspection.uid(), uid).open());
        assertNull(keptFinding(inspection.uid(), uid).closedOn());
        assertEquals(1, desks.load(desk, decided).unchanged(), "the same file again changes nothing");
    }

    private static DeskInspection withFinding(DeskInspection i, DeskInspection.DeskFinding finding) {
        return new DeskInspection(i.uid(), i.enterpriseName(), i.creditCode(), i.county(), i.industry(),
                i.packageFingerprint(), i.openedAt(), i.selfAssessed(), i.signedAt(), i.score(), i.maxScore(),
                i.conclusion(), i.lines(), List.of(finding), i.sourceFile());
    }

    private DeskInspection.DeskFinding keptFinding(String inspectionUid, String findingUid) {
        return desks.inspection(desk, inspectionUid).orElseThrow().findings().stream()
                .filter(f -> f.uid().equals(findingUid)).findFirst().orElseThrow();
    }

    @Test
    void aBatchShowsItsEnterprisesNotInspectedAndCountsOnlyItsOwn() throws Exception {
        county();
        Path sheet = sheet("第一批.xlsx", new String[] {"单位名称", "信用代码", "所属县区", "行业类别"},
                new String[] {"甲一化工", creditCode(1), "甲县", "化工"},
                new String[] {"甲二化工", creditCode(2), "甲县", "化工"},
                new String[] {"甲八化工", creditCode(8), "甲县", "冶金"},
                new String[] {"乙五化工", creditCode(5), "乙县", "化工"});
        DeskBatch batch = desks.importBatch(desk, sheet);
        assertEquals("第一批", batch.name());
        assertEquals(4, batch.enterprises());
        assertEquals(batch, desks.importBatch(desk, sheet), "the same sheet is the same batch");
        assertEquals(1, desks.batches(desk).size());

        CountySummary summary = summaries.summary(desk, batch, AS_OF);
        CountyRow a = byCounty(summary).get("甲县");
        assertEquals(List.of(3, 1, 2, 1, 0, 1, 1), List.of(a.enterprises(), a.selfAssessed(), a.accepted(),
                a.passed(), a.rectify(), a.failed(), a.notInspected()));
        assertEquals(new BigDecimal("77.5"), a.averageScore());
        assertEquals(List.of(1, 0, 1, 1), List.of(a.green(), a.yellow(), a.red(), a.interviews()));
        CountyRow b = byCounty(summary).get("乙县");
        assertEquals(List.of(1, 1, 0), List.of(b.enterprises(), b.selfAssessed(), b.accepted()));
        assertNull(b.averageScore());
        assertNull(b.passRate());
        assertEquals(List.of("甲八化工"), summary.notInspected().stream().map(EnterpriseRow::enterpriseName).toList());
        assertEquals("冶金", summary.notInspected().get(0).industry());
        assertEquals(List.of(creditCode(2)), summary.interviews().stream().map(EnterpriseRow::creditCode).toList());
    }

    @Test
    void aBatchWithDuplicateOrInvalidCreditCodesIsRefusedNamingTheRowsAndNothingIsWritten() throws Exception {
        String bad = creditCode(3).substring(0, 17) + (creditCode(3).endsWith("A") ? "B" : "A");
        Path sheet = sheet("有错.xlsx", new String[] {"企业名称", "统一社会信用代码", "县区", "行业"},
                new String[] {"甲一化工", creditCode(1), "甲县", "化工"},
                new String[] {"甲二化工", creditCode(2), "甲县", "化工"},
                new String[] {"甲三化工", bad, "甲县", "化工"},
                new String[] {"甲一化工分厂", creditCode(1), "甲县", "化工"});
        CountyDeskException e = assertThrows(CountyDeskException.class, () -> desks.importBatch(desk, sheet));
        assertEquals(CountyDeskException.Reason.BATCH_ROWS, e.reason());
        assertTrue(e.getMessage().contains("第 6 行的统一社会信用代码 " + creditCode(1) + " 与第 3 行重复"),
                e.getMessage());
        assertTrue(e.getMessage().contains("第 5 行的统一社会信用代码“" + bad + "”无效：统一社会信用代码校验位不正确"),
                e.getMessage());
        assertTrue(e.getMessage().contains("未导入任何内容"), e.getMessage());
        assertTrue(desks.batches(desk).isEmpty());

        Path noCode = sheet("缺列.xlsx", new String[] {"企业名称", "县区", "行业"},
                new String[] {"甲一化工", "甲县", "化工"});
        CountyDeskException missing = assertThrows(CountyDeskException.class, () -> desks.importBatch(desk, noCode));
        assertEquals(CountyDeskException.Reason.BATCH_FILE, missing.reason());
        assertTrue(missing.getMessage().contains("缺少“统一社会信用代码”一列"), missing.getMessage());
        assertTrue(desks.batches(desk).isEmpty());
    }

    @Test
    void sevenHundredInspectionsAreSummarisedWithinTwoSeconds() {
        desks.insert(desk, SyntheticInspections.many(700, 7, 1));
        summaries.summary(desk, null, AS_OF);
        long start = System.nanoTime();
        CountySummary summary = summaries.summary(desk, null, AS_OF);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(7, summary.counties().size());
        assertEquals(350, summary.counties().stream().mapToInt(CountyRow::enterprises).sum());
        assertEquals(350, summary.counties().stream().mapToInt(CountyRow::accepted).sum());
        assertTrue(millis < 2000, "the summary of 700 inspections took " + millis + " ms");
    }

    /** A batch sheet with a title row above the header, as counties write them. */
    Path sheet(String name, String[] header, String[]... rows) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("名单");
            sheet.createRow(0).createCell(0).setCellValue("2026年第一批验收企业名单");
            List<String[]> all = new ArrayList<>();
            all.add(header);
            all.addAll(List.of(rows));
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < all.get(r).length; c++) {
                    row.createCell(c).setCellValue(all.get(r)[c]);
                }
            }
            wb.write(out);
        }
        return file;
    }
}
