package org.nineones.service.county;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nineones.service.county.SyntheticInspections.creditCode;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.county.BatchEnterprise;
import org.nineones.model.county.CityCheck;
import org.nineones.model.county.CityComparison;
import org.nineones.model.county.CityComparison.Outcome;
import org.nineones.model.county.DeskBatch;
import org.nineones.model.county.DeskInspection;
import org.nineones.service.inspection.DrawService;
import org.nineones.service.inspection.InspectionException;
import org.nineones.service.inspection.StratifiedDraw;
import org.nineones.store.DeskStore;

/**
 * The city's spot check of a county on the desk, the same tests on each engine (decision 0027): 35 enterprises 甲县
 * accepted in three industries (one inspected twice, one opened again after its signature), one only opened; 乙县
 * with nothing signed, 丙县 with an enterprise without a credit code. The draw replays by seed and is recorded each
 * time; the frame is the county's latest signed inspections; the city's re-inspections are compared with the county's;
 * the refusals write nothing.
 */
abstract class CityCheckContract {

    static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    static final long SEED = 20261207;
    static final String JIA = "甲县";

    @TempDir
    Path dir;
    DeskStore desk;
    final CountyDeskService desks = new CountyDeskService(ZH);
    final CityCheckService checks = new CityCheckService(ZH, new DrawService(ZH));

    abstract DeskStore newDesk() throws Exception;

    abstract void dropDesk() throws Exception;

    @BeforeEach
    void open() throws Exception {
        desk = newDesk();
    }

    @AfterEach
    void close() throws Exception {
        dropDesk();
    }

    static DeskInspection inspection(String name, String code, String county, String industry, String signedAt,
                                     String score, Conclusion conclusion, String source) {
        String uid = UUID.randomUUID().toString();
        return new DeskInspection(uid, name, code, county, industry, SyntheticInspections.fingerprint(uid),
                signedAt == null ? "2026-09-01 08:00:00" : signedAt, false, signedAt,
                score == null ? null : new BigDecimal(score), score == null ? null : BigDecimal.valueOf(100),
                conclusion, List.of(), List.of(), source);
    }

    private static String industry(int n) {
        return n <= 20 ? "化工" : n <= 30 ? "冶金" : "建材";
    }

    /** Enterprise n's signed county inspection: score 60 + n, 通过 from 85. */
    private static DeskInspection county(int n, String signedAt) {
        int score = 60 + n;
        return inspection("企业" + n, creditCode(n), JIA, industry(n), signedAt, String.valueOf(score),
                score >= 85 ? Conclusion.PASS : Conclusion.RECTIFY, "县级.nineinspect");
    }

    /** The desk of the class comment; returns enterprise 1's later inspection (the one its conclusion is from). */
    private DeskInspection fixture() {
        List<DeskInspection> all = new ArrayList<>();
        for (int n = 1; n <= 35; n++) {
            all.add(county(n, String.format("2026-0%d-%02d 09:00:00", 1 + n % 8, 1 + n % 27)));
        }
        DeskInspection later = inspection("企业1", creditCode(1), JIA, "化工", "2026-10-01 09:00:00", "91",
                Conclusion.PASS, "县级.nineinspect");
        all.add(later);
        all.add(inspection("企业2", creditCode(2), JIA, "化工", null, null, null, "县级.nineinspect"));
        all.add(inspection("企业36", creditCode(36), JIA, "化工", null, null, null, "县级.nineinspect"));
        all.add(inspection("乙企业", creditCode(40), "乙县", "化工", null, null, null, "乙县.nineinspect"));
        all.add(inspection("丙企业", "", "丙县", "化工", "2026-03-01 09:00:00", "90", Conclusion.PASS,
                "丙县.nineinspect"));
        assertEquals(all.size(), desks.insert(desk, all));
        return later;
    }

    private static List<String> codes(List<CityCheck.Enterprise> enterprises) {
        return enterprises.stream().map(CityCheck.Enterprise::creditCode).toList();
    }

    @Test
    void theSameSeedDrawsTheSameEnterprisesAnotherSeedOthersAndEveryDrawIsRecorded() {
        fixture();
        CityCheck a = checks.draw(desk, " 甲县 ", null, SEED);
        CityCheck b = checks.draw(desk, JIA, null, SEED);
        assertNotEquals(a.uid(), b.uid(), "each draw is a check of its own");
        assertEquals(codes(a.drawn()), codes(b.drawn()));
        assertEquals(a.frameSha256(), b.frameSha256());
        assertEquals(List.of(JIA, 35, 4, 4, "nineones-draw/1", "city-default", SEED),
                List.of(a.county(), a.population(), a.ruleSize(), a.size(), a.algorithm(), a.rule(), a.seed()));
        assertNull(a.batchUid());
        assertEquals(List.of("冶金", "化工", "建材"), a.plan().stream().map(CityCheck.Stratum::stratum).toList());
        assertEquals(List.of(10, 20, 5), a.plan().stream().map(CityCheck.Stratum::enterprises).toList());
        assertEquals(List.of(1, 2, 1), a.plan().stream().map(CityCheck.Stratum::allotted).toList(),
                "4 seats of 35: 1.14, 2.29, 0.57, the remainder to 建材");
        assertEquals(a.plan().stream().map(CityCheck.Stratum::allotted).toList(),
                a.plan().stream().map(CityCheck.Stratum::drawn).toList());

        CityCheck other = checks.draw(desk, JIA, null, 1);
        assertNotEquals(codes(a.drawn()), codes(other.drawn()));
        assertEquals(a.frameSha256(), other.frameSha256(), "the same county's same frame");
        assertEquals(List.of(other.uid(), b.uid(), a.uid()).stream().sorted().toList(),
                checks.checks(desk, JIA).stream().map(CityCheck::uid).sorted().toList());
        assertEquals(3, checks.checks(desk, null).size());
        assertEquals(List.of(JIA), checks.counties(desk), "乙县 nothing signed, 丙县 no credit code");
        assertEquals(3, checks.compareAll(desk, JIA).size());
        assertTrue(checks.compareAll(desk, "乙县").isEmpty());
        assertEquals(codes(a.drawn()), codes(checks.check(desk, a.uid()).drawn()), "read back as drawn");

        CityCheckService.Replay replay = checks.replay(desk, a.uid());
        assertTrue(replay.frameIntact());
        assertTrue(replay.sameEnterprises());
        assertEquals(codes(a.drawn()), replay.drawnAgain());
        assertTrue(replay.deskUnchanged());
        desks.insert(desk, List.of(county(37, "2026-11-01 09:00:00")));
        CityCheckService.Replay later = checks.replay(desk, a.uid());
        assertTrue(later.frameIntact() && later.sameEnterprises(), "the record alone replays the draw");
        assertFalse(later.deskUnchanged(), "a county's new acceptance changes today's frame");
    }

    @Test
    void theFrameIsTheCountysLatestSignedInspectionsInCreditCodeOrderWithTheirDrawNumbers() {
        DeskInspection later = fixture();
        CityCheck check = checks.draw(desk, JIA, null, SEED);
        List<CityCheck.Enterprise> frame = checks.frame(desk, check.uid());
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= 35; n++) {
            expected.add(creditCode(n));
        }
        assertEquals(expected.stream().sorted().toList(), frame.stream().map(CityCheck.Enterprise::creditCode)
                .sorted().toList(), "accepted: signed, with a credit code; 企业36 only opened");
        assertEquals(later.uid(), frame.stream().filter(e -> e.creditCode().equals(creditCode(1))).findFirst()
                .orElseThrow().inspectionUid(), "企业1's latest signed inspection");
        List<CityCheck.Enterprise> inFrameOrder = new ArrayList<>(frame);
        inFrameOrder.removeIf(CityCheck.Enterprise::drawn);
        assertEquals(inFrameOrder.stream().map(CityCheck.Enterprise::creditCode).sorted().toList(),
                codes(inFrameOrder), "the frame in credit-code order after the drawn");
        assertEquals(List.of(1, 2, 3, 4), frame.stream().filter(CityCheck.Enterprise::drawn)
                .map(CityCheck.Enterprise::drawnPosition).toList());
        for (CityCheck.Enterprise e : frame) {
            FrameEnterprise member = new FrameEnterprise(e.creditCode(), e.enterpriseName(), e.stratum(), null);
            assertEquals(Long.toUnsignedString(StratifiedDraw.drawNumber(SEED, check.frameSha256(), member)),
                    e.drawNumber());
        }
        List<DeskInspection> county = checks.countyInspections(desk, check.uid());
        assertEquals(codes(check.drawn()), county.stream().map(DeskInspection::creditCode).toList());
    }

    @Test
    void theComparisonListsWhereTheCountyAndTheCityDifferAndTheCountySummaryIsUntouched() {
        fixture();
        int accepted = new CountySummaryService(ZH).summary(desk, null, LocalDate.of(2026, 12, 1)).counties()
                .stream().filter(c -> c.county().equals(JIA)).findFirst().orElseThrow().accepted();
        CityCheck check = checks.draw(desk, JIA, null, SEED);
        List<DeskInspection> county = checks.countyInspections(desk, check.uid());
        List<DeskInspection> city = new ArrayList<>();
        DeskInspection c0 = county.get(0);
        DeskInspection c1 = county.get(1);
        DeskInspection c2 = county.get(2);
        DeskInspection c3 = county.get(3);
        city.add(city(c0, c0.score().add(BigDecimal.valueOf(5)), c0.conclusion(), "2026-12-01 09:00:00"));
        city.add(city(c1, c1.score(), c1.conclusion(), "2026-12-01 09:00:00"));
        Conclusion other = c1.conclusion() == Conclusion.FAIL ? Conclusion.PASS : Conclusion.FAIL;
        city.add(city(c1, c1.score(), other, "2026-12-02 09:00:00"));
        city.add(city(c2, c2.score().subtract(new BigDecimal("5.5")), c2.conclusion(), "2026-12-01 09:00:00"));
        city.add(inspection(c3.enterpriseName(), c3.creditCode(), "市", c3.industry(), null, null, null, "市级"));
        String notDrawn = codes(checks.frame(desk, check.uid()).stream().filter(e -> !e.drawn()).toList()).get(0);
        city.add(inspection("未抽中", notDrawn, "市", "化工", "2026-12-01 09:00:00", "80", Conclusion.RECTIFY, "市级"));

        CityCheckService.Loaded loaded = checks.record(desk, check.uid(), city, Path.of("市级.nineinspect"));
        assertEquals(List.of(6, 4, 0, 1, 1), List.of(loaded.inspections(), loaded.linked(), loaded.known(),
                loaded.unsigned(), loaded.notDrawn()));
        CityCheckService.Loaded again = checks.record(desk, check.uid(), city, Path.of("市级.nineinspect"));
        assertEquals(List.of(0, 4), List.of(again.linked(), again.known()), "each kept once by its uid");

        CityComparison comparison = checks.compare(desk, check.uid());
        assertEquals(0, comparison.scoreThreshold().compareTo(BigDecimal.valueOf(5)));
        assertEquals(codes(check.drawn()), comparison.rows().stream().map(CityComparison.Row::creditCode).toList());
        assertEquals(List.of(Outcome.AGREE, Outcome.DIFFER, Outcome.DIFFER, Outcome.NOT_REINSPECTED),
                comparison.rows().stream().map(CityComparison.Row::outcome).toList());
        assertEquals(List.of(false, true, false, false),
                comparison.rows().stream().map(CityComparison.Row::conclusionDiffers).toList());
        assertEquals(List.of(false, false, true, false),
                comparison.rows().stream().map(CityComparison.Row::scoreDiffers).toList());
        CityComparison.Row r0 = comparison.rows().get(0);
        assertEquals(0, r0.scoreDifference().compareTo(BigDecimal.valueOf(5)), "5 points apart is not more than 5");
        assertEquals(0, r0.countyScore().compareTo(c0.score()));
        assertEquals(c0.uid(), r0.countyInspectionUid());
        assertEquals(other, comparison.rows().get(1).cityConclusion(), "the city's latest re-inspection");
        assertEquals(0, comparison.rows().get(2).scoreDifference().compareTo(new BigDecimal("-5.5")));
        assertNull(comparison.rows().get(3).cityScore());
        assertEquals(new CityComparison.Summary(JIA, 4, 3, 1, 2), comparison.summary());
        assertEquals(2, comparison.differences().size());

        assertEquals(accepted, new CountySummaryService(ZH).summary(desk, null, LocalDate.of(2026, 12, 1))
                .counties().stream().filter(c -> c.county().equals(JIA)).findFirst().orElseThrow().accepted(),
                "the city's re-inspections are not the county's");
    }

    private static DeskInspection city(DeskInspection county, BigDecimal score, Conclusion conclusion,
                                       String signedAt) {
        return inspection(county.enterpriseName(), county.creditCode(), "市", county.industry(), signedAt,
                score.toPlainString(), conclusion, "市级.nineinspect");
    }

    @Test
    void aBatchLimitsTheFrameToItsEnterprisesOfTheCounty() {
        fixture();
        DeskBatch batch = desk.write(r -> r.insertBatch("第一批", "第一批.xlsx", "a".repeat(64), List.of(
                new BatchEnterprise(2, "企业3", creditCode(3), JIA, "化工"),
                new BatchEnterprise(3, "企业22", creditCode(22), JIA, "冶金"),
                new BatchEnterprise(4, "企业33", creditCode(33), JIA, "建材"),
                new BatchEnterprise(5, "企业36", creditCode(36), JIA, "化工"),
                new BatchEnterprise(6, "未检查", creditCode(50), JIA, "化工"),
                new BatchEnterprise(7, "乙企业", creditCode(40), "乙县", "化工"))));
        CityCheck check = checks.draw(desk, JIA, batch, SEED);
        assertEquals(batch.uid(), check.batchUid());
        assertEquals(3, check.population());
        assertEquals(List.of(creditCode(3), creditCode(22), creditCode(33)).stream().sorted().toList(),
                codes(check.drawn()).stream().sorted().toList(), "at least 3: all of them");

        DeskBatch none = desk.write(r -> r.insertBatch("第二批", "第二批.xlsx", "b".repeat(64), List.of(
                new BatchEnterprise(2, "企业36", creditCode(36), JIA, "化工"))));
        CityCheckException e = assertThrows(CityCheckException.class, () -> checks.draw(desk, JIA, none, SEED));
        assertEquals(CityCheckException.Reason.NONE_ACCEPTED, e.reason());
        assertEquals("批次“第二批”中县（区）“甲县”的企业还没有已验收（检查记录已签字）的，无从抽查：请先读入这些企业已签字的检查档案，"
                + "或不指定批次。", e.getMessage());
    }

    @Test
    void refusalsSayWhyAndWriteNothing() {
        CityCheckException empty = assertThrows(CityCheckException.class, () -> checks.draw(desk, JIA, null, SEED));
        assertEquals("台账中没有县（区）“甲县”的检查。台账中的县（区）：（无）。请核对县名，或先读入该县的检查档案。",
                empty.getMessage());
        DeskInspection later = fixture();
        CityCheckException unknown = assertThrows(CityCheckException.class,
                () -> checks.draw(desk, "丁县", null, SEED));
        assertEquals(CityCheckException.Reason.UNKNOWN_COUNTY, unknown.reason());
        assertEquals("台账中没有县（区）“丁县”的检查。台账中的县（区）：丙县、乙县、甲县。请核对县名，或先读入该县的检查档案。",
                unknown.getMessage());
        for (String county : List.of("乙县", "丙县")) {
            CityCheckException none = assertThrows(CityCheckException.class,
                    () -> checks.draw(desk, county, null, SEED));
            assertEquals(CityCheckException.Reason.NONE_ACCEPTED, none.reason());
            assertEquals("县（区）“" + county + "”还没有已验收（检查记录已签字、有统一社会信用代码）的企业，无从抽查："
                    + "请先读入该县已签字的检查档案。", none.getMessage());
        }
        InspectionException seed = assertThrows(InspectionException.class, () -> checks.draw(desk, JIA, null, -1));
        assertEquals(ZH.get("draw.error.seed", "-1"), seed.getMessage());
        assertTrue(checks.checks(desk, null).isEmpty(), "nothing recorded");

        String missing = "00000000-0000-0000-0000-000000000000";
        String sentence = "台账中没有编号为“" + missing + "”的市级抽查。请使用 city-check draw 给出的编号，或用 city-check list 查看已有的抽查。";
        for (Runnable call : List.<Runnable>of(() -> checks.compare(desk, missing), () -> checks.replay(desk, missing),
                () -> checks.frame(desk, missing), () -> checks.record(desk, missing, List.of(), null))) {
            CityCheckException e = assertThrows(CityCheckException.class, call::run);
            assertEquals(CityCheckException.Reason.UNKNOWN_CHECK, e.reason());
            assertEquals(sentence, e.getMessage());
        }

        CityCheck check = checks.draw(desk, JIA, null, SEED);
        DeskInspection drawnCounty = checks.countyInspections(desk, check.uid()).get(0);
        DeskInspection cityOne = city(drawnCounty, drawnCounty.score(), drawnCounty.conclusion(),
                "2026-12-01 09:00:00");
        CityCheckException mixed = assertThrows(CityCheckException.class, () -> checks.record(desk, check.uid(),
                List.of(cityOne, later), Path.of("县级.nineinspect")));
        assertEquals(CityCheckException.Reason.COUNTY_INSPECTION, mixed.reason());
        assertEquals("检查档案“县级.nineinspect”中“企业1”的检查（" + later.uid() + "）是县里的检查，已作为县级检查读入台账，"
                + "不能作为市级复查：请读入市级检查人员自己的检查档案。", mixed.getMessage());
        assertEquals(0, checks.compare(desk, check.uid()).summary().reinspected(), "nothing of that file kept");
    }

    @Test
    void anInspectionFileOfTheCitysReinspectionsIsRefusedByTheCountyDeskWholeAndNothingIsWritten() throws Exception {
        Path cityFile = InspectionFiles.get().signed();
        DeskInspection reinspection = DeskInspections.read(cityFile).get(0);
        desks.insert(desk, List.of(inspection("县里验收的企业", reinspection.creditCode(), JIA, "化工",
                "2026-10-01 09:00:00", "88", Conclusion.PASS, "县级.nineinspect")));
        CityCheck check = checks.draw(desk, JIA, null, SEED);
        assertEquals(List.of(reinspection.creditCode()), codes(check.drawn()));
        assertEquals(1, checks.load(desk, check.uid(), cityFile).linked());

        CountyDeskException e = assertThrows(CountyDeskException.class, () -> desks.load(desk, cityFile));
        assertEquals(CountyDeskException.Reason.CITY_INSPECTION, e.reason());
        assertEquals("检查档案“" + cityFile.getFileName() + "”中“" + reinspection.enterpriseName() + "”的检查（"
                + reinspection.uid() + "）是市级抽查的复查，已作为市级复查保存在汇总库中，不能算作县里的验收。整份档案未读入，"
                + "未写入任何内容。请只读入县级检查人员的检查档案；市级复查请读入对应的市级抽查（city-check load）。", e.getMessage());
        assertEquals(cityFile, e.subject());
        assertEquals(1, desks.inspectionCount(desk), "nothing of that file kept as the county's");
        assertTrue(desks.inspection(desk, reinspection.uid()).isEmpty());
        assertEquals(1, checks.compare(desk, check.uid()).summary().reinspected(), "the city's re-inspection stays");
    }
}
