package org.nineones.service.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nineones.service.assessments.AssessmentFixtures.TODAY;
import static org.nineones.service.assessments.AssessmentFixtures.ZH;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.store.Workspace;

/** Starting a period, scoring, rating, closing with signatures, corrections, interviews: on a real SQLite file. */
class AssessmentServiceTest {

    @TempDir
    Path dir;
    Workspace ws;
    AssessmentFixtures.People people;
    final AssessmentService service = new AssessmentService(ZH);
    final Period november = Period.parse("2026-11").orElseThrow();

    @BeforeEach
    void setUp() throws Exception {
        ws = AssessmentFixtures.workspace(dir.resolve("考核 测试").resolve("示范.nineones"));
        people = AssessmentFixtures.people(ws);
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    private AssessmentSummary of(Period period, long employee) {
        return service.overview(ws, period, TODAY).assessments().stream().filter(a -> a.employeeId() == employee)
                .findFirst().orElse(null);
    }

    private long scoreAll(Period period, long employee, double a, double b, double c) {
        long id = of(period, employee).id();
        service.score(ws, id, 1, a, "");
        service.score(ws, id, 2, b, "");
        service.score(ws, id, 3, c, "");
        return id;
    }

    private String audit() {
        return String.join("\n", ws.read(s -> s.audit().latest(50)).stream().map(e -> e.action() + " "
                + e.detail()).toList());
    }

    private CloseRequest signed(LocalDate day) {
        return new CloseRequest("周主任", day, day, null);
    }

    @Test
    void startingOpensOneAssessmentPerActivePersonWithADutyListInForce() {
        StartResult result = service.start(ws, november, TODAY);
        assertEquals(2, result.opened());
        assertEquals(0, result.existing());
        assertEquals(List.of("王五", "赵六"), result.notAssessable().stream().map(NotAssessable::name).toList());
        assertTrue(result.notAssessable().get(0).reason().contains("没有生效的责任清单"));
        assertTrue(result.notAssessable().get(1).reason().contains("未分配岗位"));

        AssessmentSummary zhang = of(november, people.zhang());
        assertFalse(zhang.closed());
        assertEquals("370102********0017".length(), zhang.maskedIdNumber().length());
        List<AssessmentItem> items = service.items(ws, zhang.id());
        assertEquals(3, items.size());
        assertEquals("严格执行电气安全操作规程，持证上岗", items.get(0).duty());
        assertEquals("无证上岗一次扣5分", items.get(0).standard());
        assertEquals(5, items.get(0).maxPoints());
        assertEquals(3, items.get(1).maxPoints());
        assertEquals(33.33, items.get(2).maxPoints(), 1e-6);
        Long version = ws.read(s -> s.assessments().find(zhang.id()).orElseThrow().dutyListVersionId());
        assertNotNull(version);

        StartResult again = service.start(ws, november, TODAY);
        assertEquals(0, again.opened());
        assertEquals(2, again.existing());
        assertEquals(2, service.overview(ws, november, TODAY).notAssessable().size());
        assertEquals(List.of(november), service.periods(ws));
    }

    @Test
    void aPeriodNotStartedYetCannotBeStarted() {
        AssessmentRuleException e = assertThrows(AssessmentRuleException.class,
                () -> service.start(ws, Period.parse("2026-12").orElseThrow(), TODAY));
        assertTrue(e.getMessage().contains("尚未开始"));
    }

    @Test
    void scoringChecksTheRangeTotalsAndRatesWithAuditEntries() {
        service.start(ws, november, TODAY);
        long id = of(november, people.zhang()).id();
        assertThrows(AssessmentRuleException.class, () -> service.score(ws, id, 1, 6.0, ""));
        assertThrows(AssessmentRuleException.class, () -> service.score(ws, id, 1, -1.0, ""));
        assertThrows(AssessmentRuleException.class, () -> service.score(ws, id, 9, 1.0, ""));
        AssessmentSummary partial = service.score(ws, id, 1, 4.0, "迟到一次");
        assertNull(partial.rating());
        assertEquals(1, partial.scoredItems());
        service.score(ws, id, 1, 5.0, "迟到一次");
        service.score(ws, id, 2, 3.0, "");
        AssessmentSummary full = service.score(ws, id, 3, 30.0, "");
        assertEquals(38, full.score(), 1e-6);
        assertEquals(41.33, full.maxScore(), 1e-6);
        assertEquals(91.9, full.percent(), 1e-6);
        assertEquals(Rating.EXCELLENT, full.rating());
        assertEquals(Rating.GOOD, service.score(ws, id, 3, 28.0, "").rating());
        assertEquals("迟到一次", service.items(ws, id).get(0).note());
        List<String> audit = ws.read(s -> s.audit().latest(50)).stream().map(e -> e.action() + " " + e.detail())
                .toList();
        assertTrue(audit.contains("assessment-score item 1: points 4 → 5"), audit.toString());
        assertTrue(audit.contains("assessment-score item 3: points 30 → 28"), audit.toString());
    }

    @Test
    void closingNeedsTheAssessorBothDatesNotInTheFutureAndEveryItemScored() throws Exception {
        service.start(ws, november, TODAY);
        long id = of(november, people.zhang()).id();
        service.score(ws, id, 1, 5.0, "");
        AssessmentRuleException unscored = assertThrows(AssessmentRuleException.class,
                () -> service.close(ws, id, signed(TODAY), TODAY));
        assertTrue(unscored.getMessage().contains("2 项没有打分"), unscored.getMessage());
        scoreAll(november, people.zhang(), 2, 1, 20);
        assertEquals("assessor", assertThrows(AssessmentRuleException.class, () -> service.close(ws, id,
                new CloseRequest(" ", TODAY, TODAY, null), TODAY)).field());
        assertEquals("assesseeSignedOn", assertThrows(AssessmentRuleException.class, () -> service.close(ws, id,
                new CloseRequest("周主任", TODAY, null, null), TODAY)).field());
        AssessmentRuleException future = assertThrows(AssessmentRuleException.class, () -> service.close(ws, id,
                new CloseRequest("周主任", TODAY.plusDays(1), TODAY, null), TODAY));
        assertEquals("assessorSignedOn", future.field());
        assertTrue(future.getMessage().contains("将来"));
        assertThrows(AssessmentRuleException.class, () -> service.close(ws, id,
                new CloseRequest("周主任", LocalDate.of(2026, 10, 31), TODAY, null), TODAY));

        Path scan = dir.resolve("签字表.pdf");
        Files.writeString(scan, "%PDF-1.4 signed form", StandardCharsets.UTF_8);
        AssessmentSummary closed = service.close(ws, id, new CloseRequest("周主任", TODAY, TODAY.minusDays(1), scan),
                TODAY);
        assertTrue(closed.closed());
        assertEquals(Rating.FAIL, closed.rating());
        assertEquals("周主任", closed.assessor());
        assertEquals(TODAY.minusDays(1), closed.assesseeSignedOn());
        String[] attachment = service.attachment(ws, closed.attachmentId()).orElseThrow();
        assertEquals("签字表.pdf", attachment[0]);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(scan))),
                attachment[1]);

        AssessmentRuleException edit = assertThrows(AssessmentRuleException.class,
                () -> service.score(ws, id, 1, 4.0, ""));
        assertTrue(edit.getMessage().contains("更正"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.file());
             Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE assessment SET score = 41 WHERE id = " + id));
            assertTrue(update.getMessage().contains("closed assessment cannot be changed"), update.getMessage());
            assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE assessment_item SET points = 0 WHERE assessment_id = " + id));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM assessment WHERE id = " + id));
        }
    }

    @Test
    void aClosedAssessmentIsCorrectedVisiblyAndCanBeWithdrawn() {
        service.start(ws, november, TODAY);
        long original = scoreAll(november, people.zhang(), 5, 3, 33.33);
        service.close(ws, original, signed(TODAY), TODAY);
        assertThrows(AssessmentRuleException.class, () -> service.correct(ws, original, "  "));

        long correction = service.correct(ws, original, "第3项录入错误");
        AssessmentSummary open = of(november, people.zhang());
        assertEquals(correction, open.id());
        assertFalse(open.closed());
        assertEquals(original, open.correctsId());
        assertTrue(open.corrected());
        assertEquals(33.33, service.items(ws, correction).get(2).points(), 1e-6);
        assertThrows(AssessmentRuleException.class, () -> service.correct(ws, original, "再次"));

        service.score(ws, correction, 3, 10.0, "按记录复核");
        AssessmentSummary closed = service.close(ws, correction, signed(TODAY), TODAY);
        assertEquals(Rating.FAIL, closed.rating());
        List<AssessmentSummary> history = service.history(ws, correction);
        assertEquals(List.of(original, correction), history.stream().map(AssessmentSummary::id).toList());
        assertEquals("第3项录入错误", history.get(1).correctionReason());
        assertEquals(Rating.EXCELLENT, history.get(0).rating());

        service.withdraw(ws, correction, "重复考核");
        AssessmentSummary withdrawn = of(november, people.zhang());
        assertTrue(withdrawn.voided());
        PeriodOverview overview = service.overview(ws, november, TODAY);
        assertEquals(1, overview.assessed());
        assertEquals(0, overview.perRating().get(Rating.FAIL));
        List<AssessmentSummary> all = service.history(ws, original);
        assertEquals(3, all.size());
        assertTrue(all.get(2).voided());
        assertEquals("重复考核", all.get(2).correctionReason());
        assertThrows(AssessmentRuleException.class, () -> service.correct(ws, original, "更正"));
        assertThrows(AssessmentRuleException.class, () -> service.withdraw(ws, withdrawn.id(), "再次"));
    }

    @Test
    void aWithdrawnAssessmentCanBeReopenedWithTheItemsOfTheLastSignedOne() {
        service.start(ws, november, TODAY);
        long original = scoreAll(november, people.zhang(), 5, 3, 20);
        service.close(ws, original, signed(TODAY), TODAY);
        service.withdraw(ws, original, "考核对象错误");
        long withdrawn = of(november, people.zhang()).id();
        assertThrows(AssessmentRuleException.class, () -> service.correct(ws, withdrawn, " "));

        long reopened = service.correct(ws, withdrawn, "撤销有误，重新考核");
        AssessmentSummary open = of(november, people.zhang());
        assertEquals(reopened, open.id());
        assertFalse(open.closed());
        assertFalse(open.voided());
        assertEquals(withdrawn, open.correctsId());
        assertEquals(List.of(5.0, 3.0, 20.0), service.items(ws, reopened).stream().map(AssessmentItem::points)
                .toList());
        assertEquals(Rating.PASS, open.rating());
        // no signed record is in force while it is open: it counts as open, the withdrawn result not at all
        PeriodOverview overview = service.overview(ws, november, TODAY);
        assertEquals(2, overview.open());
        assertEquals(0, overview.perRating().get(Rating.PASS));
        assertThrows(AssessmentRuleException.class, () -> service.correct(ws, withdrawn, "再次"));

        service.score(ws, reopened, 3, 33.33, "");
        service.close(ws, reopened, signed(TODAY), TODAY);
        overview = service.overview(ws, november, TODAY);
        assertEquals(1, overview.perRating().get(Rating.EXCELLENT));
        assertEquals(1, overview.open());
        assertEquals(List.of(original, withdrawn, reopened), service.history(ws, reopened).stream()
                .map(AssessmentSummary::id).toList());
        assertTrue(audit().contains("reopens withdrawn " + withdrawn + " (items of " + original + ")"), audit());
    }

    @Test
    void anOpenCorrectionLeavesTheSignedRecordInForceUntilItIsClosed() {
        service.start(ws, november, TODAY);
        long original = scoreAll(november, people.zhang(), 5, 3, 33.33);
        service.close(ws, original, signed(TODAY), TODAY);
        long correction = service.correct(ws, original, "第3项录入错误");
        service.score(ws, correction, 3, 10.0, "");

        // the list shows the correction in progress; the counts keep the signed record
        assertEquals(correction, of(november, people.zhang()).id());
        PeriodOverview overview = service.overview(ws, november, TODAY);
        assertEquals(1, overview.perRating().get(Rating.EXCELLENT));
        assertEquals(0, overview.perRating().get(Rating.FAIL));
        assertEquals(1, overview.open());
        assertEquals(2, overview.assessed());

        service.close(ws, correction, signed(TODAY), TODAY);
        overview = service.overview(ws, november, TODAY);
        assertEquals(0, overview.perRating().get(Rating.EXCELLENT));
        assertEquals(1, overview.perRating().get(Rating.FAIL));
        assertEquals(1, overview.open());
    }

    @Test
    void anInterviewHeldStaysDoneThroughALaterCorrection() {
        Period september = Period.parse("2026-09").orElseThrow();
        Period october = Period.parse("2026-10").orElseThrow();
        LocalDate signedOn = LocalDate.of(2026, 11, 2);
        service.start(ws, september, TODAY);
        service.start(ws, october, TODAY);
        service.close(ws, scoreAll(september, people.li(), 1, 1, 10), signed(signedOn), TODAY);
        long octoberLi = scoreAll(october, people.li(), 1, 1, 10);
        service.close(ws, octoberLi, signed(signedOn), TODAY);
        service.recordInterview(ws, octoberLi, TODAY, "厂长", "限期改进", TODAY);

        // an open correction of October: the signed October result is still the one in force, the case still done
        long correction = service.correct(ws, octoberLi, "第1项分数录错");
        service.score(ws, correction, 1, 2.0, "");
        List<InterviewCase> cases = service.interviewCases(ws);
        assertEquals(1, cases.size(), cases.toString());
        assertEquals(octoberLi, cases.get(0).assessmentId());
        assertTrue(cases.get(0).done());

        // closed, still low: the case is the corrected record's, and the interview held for October still counts
        service.close(ws, correction, signed(signedOn), TODAY);
        cases = service.interviewCases(ws);
        assertEquals(1, cases.size(), cases.toString());
        assertEquals(correction, cases.get(0).assessmentId());
        assertTrue(cases.get(0).done(), cases.toString());
        assertEquals("厂长", cases.get(0).heldBy());
        assertThrows(AssessmentRuleException.class, () -> service.recordInterview(ws, correction, TODAY, "厂长", "",
                TODAY));
    }

    @Test
    void anOpenCorrectionCanBeAbandoned() {
        service.start(ws, november, TODAY);
        long original = scoreAll(november, people.zhang(), 5, 3, 33.33);
        service.close(ws, original, signed(TODAY), TODAY);
        long correction = service.correct(ws, original, "误操作");
        service.abandonCorrection(ws, correction);
        assertEquals(original, of(november, people.zhang()).id());
        assertThrows(AssessmentRuleException.class, () -> service.abandonCorrection(ws, original));
    }

    @Test
    void listsPeopleRatedLowInTwoConsecutivePeriodsForAnInterview() {
        Period september = Period.parse("2026-09").orElseThrow();
        Period october = Period.parse("2026-10").orElseThrow();
        Period q3 = Period.parse("2026-Q3").orElseThrow();
        LocalDate signedOn = LocalDate.of(2026, 11, 2);
        for (Period p : List.of(september, october, november, q3)) {
            service.start(ws, p, TODAY);
        }
        // 李四: 合格 in September, 不合格 in October → interview; 张三: 不合格 then 优秀 → none
        service.close(ws, scoreAll(september, people.li(), 5, 3, 20), signed(signedOn), TODAY);
        service.close(ws, scoreAll(october, people.li(), 1, 1, 10), signed(signedOn), TODAY);
        service.close(ws, scoreAll(september, people.zhang(), 0, 0, 0), signed(signedOn), TODAY);
        service.close(ws, scoreAll(october, people.zhang(), 5, 3, 33.33), signed(signedOn), TODAY);
        // 张三: 不合格 in Q3 but November is still open: no pair of another kind counts
        service.close(ws, scoreAll(q3, people.zhang(), 0, 0, 0), signed(signedOn), TODAY);
        scoreAll(november, people.zhang(), 0, 0, 0);

        List<InterviewCase> cases = service.interviewCases(ws);
        assertEquals(1, cases.size(), cases.toString());
        InterviewCase li = cases.get(0);
        assertEquals("李四", li.name());
        assertEquals(september, li.earlier());
        assertEquals(Rating.PASS, li.earlierRating());
        assertEquals(october, li.later());
        assertEquals(Rating.FAIL, li.laterRating());
        assertFalse(li.done());

        assertEquals("heldOn", assertThrows(AssessmentRuleException.class, () -> service.recordInterview(ws,
                li.assessmentId(), TODAY.plusDays(3), "厂长", "", TODAY)).field());
        assertEquals("heldBy", assertThrows(AssessmentRuleException.class, () -> service.recordInterview(ws,
                li.assessmentId(), TODAY, "", "", TODAY)).field());
        service.recordInterview(ws, li.assessmentId(), TODAY, "厂长", "指出问题，限期改进", TODAY);
        InterviewCase done = service.interviewCases(ws).get(0);
        assertTrue(done.done());
        assertEquals("厂长", done.heldBy());
        assertThrows(AssessmentRuleException.class, () -> service.recordInterview(ws, li.assessmentId(), TODAY,
                "厂长", "", TODAY));

        // withdrawing the October result removes the case: only records in force count
        service.withdraw(ws, li.assessmentId(), "考核对象错误");
        assertTrue(service.interviewCases(ws).isEmpty());
    }

    @Test
    void summaryCountsPerRating() {
        service.start(ws, november, TODAY);
        service.close(ws, scoreAll(november, people.zhang(), 5, 3, 33.33), signed(TODAY), TODAY);
        PeriodOverview overview = service.overview(ws, november, TODAY);
        assertEquals(1, overview.perRating().get(Rating.EXCELLENT));
        assertEquals(0, overview.perRating().get(Rating.FAIL));
        assertEquals(1, overview.open());
        assertEquals("2026年11月", service.periodName(november));
        assertEquals("2026年第3季度", service.periodName(Period.parse("2026-Q3").orElseThrow()));
    }
}
