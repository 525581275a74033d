package org.nineones.service.acceptance.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Employee;
import org.nineones.model.RiskLevel;
import org.nineones.model.acceptance.Finding;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.TargetKind;
import org.nineones.model.content.AccidentType;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.EmergencyCard;
import org.nineones.model.content.EmergencyScenario;
import org.nineones.model.content.OperatingProcedure;
import org.nineones.model.content.PostContent;
import org.nineones.model.content.RiskCard;
import org.nineones.model.rewards.RewardEntry;
import org.nineones.model.rewards.RewardKind;
import org.nineones.model.training.AttendanceEntry;
import org.nineones.model.training.TrainingKind;
import org.nineones.model.training.TrainingSession;
import org.nineones.service.assessments.AssessmentService;
import org.nineones.service.assessments.Period;
import org.nineones.service.assessments.PeriodKind;
import org.nineones.service.content.PostContentService;
import org.nineones.service.letters.LetterService;
import org.nineones.service.rewards.RewardsService;
import org.nineones.service.templates.TemplateService;
import org.nineones.service.training.TrainingCompliance;
import org.nineones.service.training.TrainingRules;
import org.nineones.service.training.TrainingWorkspaces;
import org.nineones.store.AssessmentRepository;
import org.nineones.store.Workspace;

/**
 * Each kind of finding appears when its record is missing and goes once it is there, on the day asked about.
 * Workspace: {@link TrainingWorkspaces} (a principal, a safety manager, an operator's post at 较大 risk with five
 * people, a welder's special-operation post at 重大 risk), with nothing recorded yet. The day is today: approvals
 * are stamped with the real time.
 */
class RecordChecksTest {

    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path dir;

    private Workspace ws;
    private TrainingWorkspaces.Ids ids;
    private final PostContentService content = new PostContentService(TrainingWorkspaces.ZH);
    private final AssessmentService assessments = new AssessmentService(TrainingWorkspaces.ZH);
    private RecordChecks checks;

    @BeforeEach
    void setUp() throws Exception {
        ws = TrainingWorkspaces.create(dir.resolve("checks.nineones"), false);
        ids = TrainingWorkspaces.populate(ws);
        checks = new RecordChecks(TrainingWorkspaces.ZH, content, new LetterService(TrainingWorkspaces.ZH),
                new TrainingCompliance(TrainingRules.defaults()), assessments);
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private List<Finding> found(String kind, LocalDate day) {
        Map<String, List<Finding>> all = checks.findings(ws, day);
        assertTrue(all.containsKey(kind), kind);
        return all.get(kind);
    }

    private List<Finding> found(String kind) {
        return found(kind, TODAY);
    }

    private static Set<Long> targets(List<Finding> findings) {
        Set<Long> ids = new TreeSet<>();
        findings.forEach(f -> ids.add(Long.parseLong(f.target().id())));
        return ids;
    }

    private void approve(long postId, PostContent body) {
        content.saveDraft(ws, postId, body);
        content.approve(ws, postId, body.kind(), "张总", TODAY);
    }

    private static DutyList completeDuties() {
        return new DutyList(List.of(new DutyItem("", "严格执行本岗位安全操作规程", "本岗位", "本岗位作业区域",
                "违反一次扣2分", "", null)));
    }

    private static RiskCard riskCard() {
        return new RiskCard(List.of("高温介质"), List.of(AccidentType.BURN_SCALD), List.of("烫伤"),
                List.of("穿戴隔热手套"), RiskLevel.SIGNIFICANT, List.of());
    }

    private static EmergencyCard emergencyCard() {
        return new EmergencyCard(List.of(new EmergencyScenario("烫伤", List.of("冷水冲洗", "送医"), List.of())));
    }

    private static OperatingProcedure procedure() {
        return new OperatingProcedure(List.of("检查设备"), List.of("按规程操作"), List.of("清理现场"), List.of(),
                List.of("安全帽"));
    }

    // ------------------------------------------------------------------------------------------------- the map

    @Test
    void everyAutomaticKindIsAKeyAndTheInspectorsKindsAreNot() {
        Map<String, List<Finding>> all = checks.findings(ws, TODAY);
        List<String> automatic = new ArrayList<>(FindingKinds.ALL);
        automatic.removeAll(List.of(FindingKinds.WORKER_NOT_FAMILIAR, FindingKinds.WORKER_BASICALLY_FAMILIAR,
                FindingKinds.CARD_NOT_ON_SITE, FindingKinds.RECORD_KIND_MISSING));
        assertEquals(automatic, new ArrayList<>(all.keySet()));
        assertEquals(checks.kinds(), new ArrayList<>(all.keySet()));
        all.forEach((kind, list) -> list.forEach(f -> assertEquals(kind, f.kind())));
    }

    // ---------------------------------------------------------------------------------------------- 1 duty lists

    @Test
    void aPostWithoutDutyListIsFoundUntilItHasOneAndADraftIsFoundUntilApproved() {
        assertEquals(Set.of(ids.principalPost(), ids.safetyPost(), ids.operatorPost(), ids.welderPost()),
                targets(found(FindingKinds.POST_WITHOUT_DUTY_LIST)));
        content.saveDraft(ws, ids.operatorPost(), completeDuties());
        assertFalse(targets(found(FindingKinds.POST_WITHOUT_DUTY_LIST)).contains(ids.operatorPost()));
        List<Finding> drafts = found(FindingKinds.DUTY_LIST_DRAFT_OR_INCOMPLETE);
        assertEquals(Set.of(ids.operatorPost()), targets(drafts));
        assertEquals(TargetKind.POST, drafts.get(0).target().kind());
        assertEquals("生产部 / 一车间 / 甲班 · 反应釜操作工：责任清单只有草稿", drafts.get(0).what());

        content.approve(ws, ids.operatorPost(), ContentKind.DUTY_LIST, "张总", TODAY);
        assertTrue(found(FindingKinds.DUTY_LIST_DRAFT_OR_INCOMPLETE).isEmpty());
        assertEquals(3, found(FindingKinds.POST_WITHOUT_DUTY_LIST).size());
    }

    @Test
    void aListInForceWithALineLackingScopeOrStandardIsIncompleteUntilANewVersionHasThem() {
        approve(ids.safetyPost(), new DutyList(List.of(new DutyItem("", "检查", "本岗位", "全公司", "每次扣1分", "",
                null), DutyItem.of("组织培训"))));
        List<Finding> incomplete = found(FindingKinds.DUTY_LIST_DRAFT_OR_INCOMPLETE);
        assertEquals(Set.of(ids.safetyPost()), targets(incomplete));
        assertTrue(incomplete.get(0).what().contains("第 2 条"), incomplete.get(0).what());

        approve(ids.safetyPost(), completeDuties());
        assertTrue(found(FindingKinds.DUTY_LIST_DRAFT_OR_INCOMPLETE).isEmpty());
    }

    @Test
    void thePrincipalsListMustCoverTheSevenDutiesOfArticle21() {
        List<Finding> none = found(FindingKinds.PRINCIPAL_DUTIES_MISSING);
        assertEquals(Set.of(ids.principalPost()), targets(none));
        assertTrue(none.get(0).what().contains("7 项职责"), none.get(0).what());

        approve(ids.principalPost(), new DutyList(List.of(
                new DutyItem("", "建立健全并落实本单位全员安全生产责任制", "主要负责人", "全公司", "未落实扣5分", "", null),
                new DutyItem("", "及时、如实报告生产安全事故", "主要负责人", "全公司", "瞒报不得分", "", null))));
        List<Finding> partly = found(FindingKinds.PRINCIPAL_DUTIES_MISSING);
        assertEquals(1, partly.size());
        assertTrue(partly.get(0).what().contains("5 项职责"), partly.get(0).what());
        assertTrue(partly.get(0).what().contains("保证安全生产投入的有效实施"), partly.get(0).what());
        assertFalse(partly.get(0).what().contains("及时、如实报告生产安全事故"), partly.get(0).what());

        new TemplateService(TrainingWorkspaces.ZH).apply(ws, "主要负责人", List.of(ids.principalPost()), Set.of());
        content.approve(ws, ids.principalPost(), ContentKind.DUTY_LIST, "张总", TODAY);
        assertEquals(List.of(), found(FindingKinds.PRINCIPAL_DUTIES_MISSING));
    }

    @Test
    void withoutAPrincipalsPostTheVetoLineIsFoundPointingNowhere() {
        ws.write(store -> {
            store.employees().all().stream().filter(e -> e.postId() == ids.principalPost())
                    .forEach(e -> store.employees().delete(e.id()));
            store.posts().delete(ids.principalPost());
            return null;
        });
        List<Finding> found = found(FindingKinds.PRINCIPAL_DUTIES_MISSING);
        assertEquals(1, found.size());
        assertEquals(TargetKind.NONE, found.get(0).target().kind());
    }

    // ----------------------------------------------------------------------------------------- 2 procedures, 3 cards

    @Test
    void operatingAndSpecialOperationPostsNeedAProcedureInForce() {
        assertEquals(Set.of(ids.operatorPost(), ids.welderPost()), targets(found(FindingKinds.POST_WITHOUT_PROCEDURE)));
        content.saveDraft(ws, ids.welderPost(), procedure());
        assertEquals(Set.of(ids.operatorPost(), ids.welderPost()), targets(found(FindingKinds.POST_WITHOUT_PROCEDURE)),
                "a draft is not in force");
        content.approve(ws, ids.welderPost(), ContentKind.PROCEDURE, "张总", TODAY);
        assertEquals(Set.of(ids.operatorPost()), targets(found(FindingKinds.POST_WITHOUT_PROCEDURE)));
    }

    @Test
    void eachMissingCardOfAPostAtGeneralRiskOrAboveIsOneFinding() {
        List<Finding> cards = found(FindingKinds.MISSING_CARD);
        assertEquals(4, cards.size(), "two cards for each of the two posts at 较大 and 重大; none at 低");
        assertEquals(Set.of(ids.operatorPost(), ids.welderPost()), targets(cards));
        approve(ids.operatorPost(), riskCard());
        cards = found(FindingKinds.MISSING_CARD);
        assertEquals(3, cards.size());
        Finding left = cards.stream().filter(f -> f.target().id().equals(String.valueOf(ids.operatorPost())))
                .findFirst().orElseThrow();
        assertTrue(left.what().endsWith("没有生效的应急处置卡"), left.what());
        approve(ids.operatorPost(), emergencyCard());
        assertEquals(Set.of(ids.welderPost()), targets(found(FindingKinds.MISSING_CARD)));
    }

    // ----------------------------------------------------------------------------------------------- as of a day

    @Test
    void aListApprovedAfterTheDayStillCountsAsMissingOnTheDay() {
        approve(ids.operatorPost(), completeDuties());
        LocalDate yesterday = TODAY.minusDays(1);
        assertTrue(targets(found(FindingKinds.POST_WITHOUT_DUTY_LIST, yesterday)).contains(ids.operatorPost()),
                "created and approved today: it did not exist yesterday");
        assertFalse(targets(found(FindingKinds.POST_WITHOUT_DUTY_LIST, TODAY)).contains(ids.operatorPost()));
    }

    @Test
    void aVersionApprovedTodayWithAnEarlierEffectiveDayIsNotInForceBeforeItsApproval() {
        content.saveDraft(ws, ids.welderPost(), procedure());
        content.approve(ws, ids.welderPost(), ContentKind.PROCEDURE, "张总", TODAY.minusMonths(2));
        assertTrue(targets(found(FindingKinds.POST_WITHOUT_PROCEDURE, TODAY.minusMonths(1)))
                .contains(ids.welderPost()));
        assertFalse(targets(found(FindingKinds.POST_WITHOUT_PROCEDURE, TODAY)).contains(ids.welderPost()));
    }

    @Test
    void aPersonHiredAfterTheDayIsNotCounted() {
        long late = ws.write(store -> store.employees().insert(TrainingWorkspaces.person(9, "新来的", ids.team(),
                ids.operatorPost(), TODAY, null)).id());
        assertTrue(targets(found(FindingKinds.UNSIGNED_PERSON, TODAY)).contains(late));
        assertTrue(targets(found(FindingKinds.PERSON_SHORT_OF_TRAINING, TODAY)).contains(late));
        LocalDate before = TODAY.minusDays(1);
        assertFalse(targets(found(FindingKinds.UNSIGNED_PERSON, before)).contains(late));
        assertFalse(targets(found(FindingKinds.PERSON_SHORT_OF_TRAINING, before)).contains(late));
    }

    // -------------------------------------------------------------------------------------------------- 4 letters

    @Test
    void unsignedPeopleAndUnitsWhereNobodySignedAreFoundUntilTheySign() {
        List<Finding> unsigned = found(FindingKinds.UNSIGNED_PERSON);
        assertEquals(8, unsigned.size());
        assertTrue(unsigned.stream().allMatch(f -> f.target().kind() == TargetKind.EMPLOYEE));
        List<Finding> levels = found(FindingKinds.LEVEL_WITHOUT_SIGNATURE);
        assertEquals(Set.of(ids.company(), ids.team()), targets(levels));
        assertEquals(TargetKind.ORG_UNIT, levels.get(0).target().kind());

        LetterService letters = new LetterService(TrainingWorkspaces.ZH);
        letters.sign(ws, ids.principal(), TODAY.getYear(), TODAY, null);
        letters.sign(ws, ids.wang1(), TODAY.getYear(), TODAY, null);
        assertFalse(targets(found(FindingKinds.UNSIGNED_PERSON)).contains(ids.principal()));
        assertEquals(6, found(FindingKinds.UNSIGNED_PERSON).size());
        assertEquals(List.of(), found(FindingKinds.LEVEL_WITHOUT_SIGNATURE));
        Finding safety = found(FindingKinds.UNSIGNED_PERSON).stream()
                .filter(f -> f.target().id().equals(String.valueOf(ids.safety()))).findFirst().orElseThrow();
        assertTrue(safety.what().startsWith("李安全（滨州示例化工有限公司 · 安全管理员）：未签订 " + TODAY.getYear()),
                safety.what());

        if (TODAY.getDayOfYear() > 1) {
            LocalDate before = TODAY.minusDays(1);
            assertTrue(targets(found(FindingKinds.UNSIGNED_PERSON, before)).contains(ids.principal()),
                    "signed today: not yet signed yesterday");
            assertEquals(2, found(FindingKinds.LEVEL_WITHOUT_SIGNATURE, before).size());
        }
    }

    // ------------------------------------------------------------------------------------------------- 5 training

    @Test
    void aPersonShortOfTrainingIsFoundUntilTrained() {
        assertTrue(targets(found(FindingKinds.PERSON_SHORT_OF_TRAINING)).contains(ids.wang1()));
        ws.write(store -> {
            for (TrainingKind kind : List.of(TrainingKind.INDUCTION_COMPANY, TrainingKind.INDUCTION_WORKSHOP,
                    TrainingKind.INDUCTION_TEAM)) {
                TrainingSession s = store.training().insertSession(new TrainingSession(null, TODAY.minusDays(30), 8,
                        "三级教育", kind, "规程", "安全管理部", "培训室", null));
                store.training().insertAttendance(List.of(new AttendanceEntry(s.id(), ids.wang1(), 8, null, null)));
            }
            return null;
        });
        assertFalse(targets(found(FindingKinds.PERSON_SHORT_OF_TRAINING)).contains(ids.wang1()));
        assertTrue(targets(found(FindingKinds.PERSON_SHORT_OF_TRAINING, TODAY.minusDays(31))).contains(ids.wang1()),
                "the sessions were held after that day");
    }

    @Test
    void anExpiredSpecialOperationCertificateIsFoundOnItsHolder() {
        assertEquals(List.of(), found(FindingKinds.EXPIRED_CERTIFICATE));
        ws.write(store -> {
            Employee welder = store.employees().find(ids.welder()).orElseThrow();
            store.employees().update(new Employee(welder.id(), welder.name(), welder.gender(), welder.idNumber(),
                    welder.employeeNumber(), welder.phone(), welder.orgUnitId(), welder.postId(), welder.hireDate(),
                    welder.status(), "T6", TODAY.minusDays(3)));
            return null;
        });
        List<Finding> expired = found(FindingKinds.EXPIRED_CERTIFICATE);
        assertEquals(1, expired.size());
        assertEquals(TargetKind.EMPLOYEE, expired.get(0).target().kind());
        assertEquals(String.valueOf(ids.welder()), expired.get(0).target().id());
        assertTrue(expired.get(0).what().startsWith("赵焊工"), expired.get(0).what());
        assertEquals(List.of(), found(FindingKinds.EXPIRED_CERTIFICATE, TODAY.minusDays(4)), "still valid then");
    }

    // ---------------------------------------------------------------------------------------------------- 6 exams

    @Test
    void noExamWithResultsInTwelveMonthsIsOneFinding() {
        List<Finding> none = found(FindingKinds.NO_EXAM_IN_12_MONTHS);
        assertEquals(1, none.size());
        assertEquals(TargetKind.EXAMS, none.get(0).target().kind());
        long exam = ws.write(store -> store.exams().insertExam(new org.nineones.model.exams.Exam(null,
                ids.operatorPost(), "岗位安全考试", TODAY.minusMonths(2), 100, 60, null, null), List.of()).id());
        assertEquals(1, found(FindingKinds.NO_EXAM_IN_12_MONTHS).size(), "held, but nobody's result recorded");
        ws.write(store -> store.exams().insertResult(exam, ids.wang1(), 80, true, false, null, null));
        assertEquals(List.of(), found(FindingKinds.NO_EXAM_IN_12_MONTHS));
        assertEquals(1, found(FindingKinds.NO_EXAM_IN_12_MONTHS, TODAY.plusMonths(11)).size(),
                "more than 12 months later");
        assertEquals(1, found(FindingKinds.NO_EXAM_IN_12_MONTHS, TODAY.minusMonths(3)).size(), "not yet held");
    }

    // -------------------------------------------------------------------------------------------------- 7 rewards

    @Test
    void rewardRulesAndEntriesTiedToDutiesAreNeeded() {
        assertEquals(1, found(FindingKinds.NO_REWARD_RULES).size());
        assertEquals(TargetKind.REWARDS, found(FindingKinds.NO_REWARD_RULES).get(0).target().kind());
        assertEquals(1, found(FindingKinds.NO_REWARD_ENTRIES).size());
        new RewardsService(TrainingWorkspaces.ZH).loadDefaultRules(ws);
        assertEquals(List.of(), found(FindingKinds.NO_REWARD_RULES));

        ws.write(store -> store.rewards().insertEntry(entry(TODAY.minusDays(10), "")));
        assertEquals(1, found(FindingKinds.NO_REWARD_ENTRIES).size(), "not tied to a duty item");
        ws.write(store -> store.rewards().insertEntry(entry(TODAY.minusMonths(13), "严格执行操作规程")));
        assertEquals(1, found(FindingKinds.NO_REWARD_ENTRIES).size(), "tied to a duty, but too long ago");
        ws.write(store -> store.rewards().insertEntry(entry(TODAY.minusDays(10), "严格执行操作规程")));
        assertEquals(List.of(), found(FindingKinds.NO_REWARD_ENTRIES));
        assertEquals(1, found(FindingKinds.NO_REWARD_ENTRIES, TODAY.minusDays(11)).size(), "before it occurred");
    }

    private RewardEntry entry(LocalDate day, String dutyText) {
        return new RewardEntry(null, day, ids.wang1(), null, RewardKind.PENALTY, "未戴安全帽", null, null,
                dutyText.isEmpty() ? null : 1, dutyText, 50, 1, "安全管理部", false, null, null, "test", null);
    }

    // ---------------------------------------------------------------------------------------------- 8 assessment

    @Test
    void eachQuarterOfTheLastYearMustBeAssessedAndSignedByBoth() {
        List<Finding> missing = found(FindingKinds.MISSING_ASSESSMENT_PERIOD);
        assertEquals(4, missing.size(), "no period yet: the four quarters that ended in the last 12 months");
        assertTrue(missing.stream().allMatch(f -> f.target().kind() == TargetKind.ASSESSMENT_PERIOD));
        Period last = Period.containing(PeriodKind.QUARTER, TODAY).previous();
        assertTrue(missing.stream().anyMatch(f -> f.target().id().equals(last.code())));

        long open = assess(last, "GOOD", false);
        List<Finding> unsigned = found(FindingKinds.MISSING_ASSESSMENT_PERIOD);
        assertEquals(4, unsigned.size(), "started but not signed");
        Finding period = unsigned.stream().filter(f -> !f.target().id().contains("-")).findFirst().orElseThrow();
        assertTrue(period.what().contains("1 份考核未经"), period.what());
        ws.write(store -> store.assessments().close(open, 90, 100, "GOOD", "张总", TODAY.toString(),
                TODAY.toString(), null));
        assertEquals(3, found(FindingKinds.MISSING_ASSESSMENT_PERIOD).size());
        if (TODAY.minusDays(1).isAfter(last.endsOn())) {
            assertEquals(4, found(FindingKinds.MISSING_ASSESSMENT_PERIOD, TODAY.minusDays(1)).size(),
                    "signed today: not yet signed the day before");
        }
    }

    @Test
    void twoLowRatingsInARowWithoutAnInterviewAreFoundUntilItIsHeld() {
        Period later = Period.containing(PeriodKind.MONTH, TODAY).previous();
        assess(later.previous(), "FAIL", true);
        long second = assess(later, "FAIL", true);
        List<Finding> cases = found(FindingKinds.MISSING_INTERVIEW);
        assertEquals(1, cases.size());
        assertEquals(TargetKind.EMPLOYEE, cases.get(0).target().kind());
        assertEquals(String.valueOf(ids.wang1()), cases.get(0).target().id());
        assertEquals(12 - 2, found(FindingKinds.MISSING_ASSESSMENT_PERIOD).size(),
                "the enterprise assesses monthly: the 12 months that ended, two of them assessed");

        assessments.recordInterview(ws, second, TODAY, "张总", "约谈", TODAY);
        assertEquals(List.of(), found(FindingKinds.MISSING_INTERVIEW));
        LocalDate before = TODAY.minusDays(1);
        if (before.isAfter(later.endsOn())) {
            assertEquals(1, found(FindingKinds.MISSING_INTERVIEW, before).size(),
                    "held today: not yet held the day before");
        }
    }

    /** An assessment of 王一 in a period, closed with both signatures (signed on the period's last day) or open. */
    private long assess(Period period, String rating, boolean close) {
        return ws.write(store -> {
            AssessmentRepository repo = store.assessments();
            long periodId = repo.period(period.kind().name(), period.startsOn().toString())
                    .map(AssessmentRepository.PeriodRow::id).orElseGet(() -> repo.insertPeriod(period.kind().name(),
                            period.startsOn().toString(), period.endsOn().toString()).id());
            long id = repo.insertOpen(periodId, ids.wang1(), ids.operatorPost(), null, null, null,
                    List.of(new AssessmentRepository.Item(1, "遵守规程", "违反扣分", 100, 40.0, "")));
            if (close) {
                String day = period.endsOn().toString();
                repo.close(id, 40, 100, rating, "张总", day, day, null);
            }
            return id;
        });
    }
}
