package org.nineones.service.problems;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.Finding;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.NineItem;
import org.nineones.model.acceptance.SelfAssessment;
import org.nineones.model.problems.Evidence;
import org.nineones.model.problems.ListedProblem;
import org.nineones.model.problems.Measure;
import org.nineones.model.problems.MeasureDraft;
import org.nineones.model.problems.MeasureStatus;
import org.nineones.model.problems.MeasureVersion;
import org.nineones.model.problems.Problem;
import org.nineones.model.problems.ProblemDraft;
import org.nineones.model.problems.ProblemSource;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordDraft;
import org.nineones.model.records.RecordKind;
import org.nineones.pack.PackageFingerprint;
import org.nineones.service.acceptance.FindingSource;
import org.nineones.service.acceptance.JudgementService;
import org.nineones.service.acceptance.ReadinessService;
import org.nineones.service.acceptance.SelfAssessmentService;
import org.nineones.service.acceptance.checklist.ChecklistService;
import org.nineones.service.backup.BackupHook;
import org.nineones.service.inspection.FindingsFile;
import org.nineones.service.inspection.InspectionException;
import org.nineones.service.people.PeopleRuleException;
import org.nineones.service.people.PeopleService;
import org.nineones.service.problems.ProblemException.Reason;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;

/**
 * The problem list on a real SQLite file: problems from the three sources, measures through their statuses with
 * evidence, final once verified (by the service and by the file's triggers), corrections kept as history, overdue
 * measures, and every refusal with its sentence and nothing written.
 */
class ProblemServiceTest {

    private static final LocalDate DEADLINE = LocalDate.of(2027, 3, 31);

    @TempDir
    Path dir;
    private ProblemsFixture f;
    private SelfAssessmentService selfAssessments;

    @BeforeEach
    void setUp() throws Exception {
        // two posts without a procedure (2.1 loses 2 points) and an expired certificate (5.2's veto)
        FindingSource findings = (ws, day) -> Map.of(
                FindingKinds.POST_WITHOUT_PROCEDURE, List.of(
                        new Finding(FindingKinds.POST_WITHOUT_PROCEDURE, "一车间 操作工：没有操作规程", null),
                        new Finding(FindingKinds.POST_WITHOUT_PROCEDURE, "一车间 电工：没有操作规程", null)),
                FindingKinds.EXPIRED_CERTIFICATE, List.of(
                        new Finding(FindingKinds.EXPIRED_CERTIFICATE, "张三：电工作业证已过期", null)));
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        selfAssessments = new SelfAssessmentService(messages, new ReadinessService(messages,
                new ChecklistService(messages, BackupHook.NONE), findings, new JudgementService(messages)));
        f = new ProblemsFixture(dir, selfAssessments);
    }

    @AfterEach
    void tearDown() {
        f.records.workspace.close();
    }

    private Problem problem() {
        return f.service.addProblem(f.records.workspace, new ProblemDraft("", "配电室灭火器过期未更换",
                "更换灭火器并建立月度检查记录", null, "设备部 李四"));
    }

    private Measure measure(Problem p, long owner, LocalDate deadline) {
        return f.service.addMeasure(f.records.workspace, p.id(), new MeasureDraft("更换 4 具灭火器", owner, deadline));
    }

    private DutyRecord inspectionNotes() {
        return f.records.service.add(f.records.workspace, RecordDraft.of(RecordKind.INSPECTION_NOTES,
                "配电室灭火器更换检查记录", LocalDate.now().minusDays(1), NineItem.RECORDS, "", null, List.of(),
                List.of()));
    }

    private void refused(Reason reason, String sentence, Executable action) {
        int[] before = f.counts();
        ProblemException e = assertThrows(ProblemException.class, action);
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(sentence), e.getMessage());
        assertArrayEquals(before, f.counts(), "nothing written");
    }

    @Test
    void aMeasureGoesThroughItsStatusesWithEvidenceAndIsFinalOnceVerified() throws Exception {
        Problem p = problem();
        assertEquals(ProblemSource.MANUAL, p.source());
        Measure m = measure(p, f.records.zhang.id(), DEADLINE);
        assertEquals(MeasureStatus.OPEN, m.status());
        assertEquals("张三", m.current().ownerName());

        m = f.service.changeStatus(f.records.workspace, m.id(), MeasureStatus.IN_PROGRESS, "已采购", Evidence.NONE);
        long id = m.id();
        refused(Reason.NO_EVIDENCE, "没有给出任何证据", () -> f.service.addEvidence(f.records.workspace, id, "",
                Evidence.NONE));
        Measure withPhoto = f.service.addEvidence(f.records.workspace, id, "到货照片",
                new Evidence(List.of(), List.of(f.records.png("到货.png", 120))));
        assertEquals(MeasureVersion.Change.EVIDENCE, withPhoto.current().change());
        assertEquals(MeasureStatus.IN_PROGRESS, withPhoto.status());
        refused(Reason.NOT_DONE, "目前为“进行中”，完成后才能验证",
                () -> f.service.changeStatus(f.records.workspace, id, MeasureStatus.VERIFIED, "", Evidence.NONE));
        refused(Reason.SAME_STATUS, "已经是“进行中”",
                () -> f.service.changeStatus(f.records.workspace, id, MeasureStatus.IN_PROGRESS, "", Evidence.NONE));
        refused(Reason.UNKNOWN_RECORD, "没有第 999 号专档记录", () -> f.service.changeStatus(f.records.workspace, id,
                MeasureStatus.DONE, "", new Evidence(List.of(999L), List.of())));

        DutyRecord notes = inspectionNotes();
        Path photo = f.records.png("更换后照片.png", 200);
        m = f.service.changeStatus(f.records.workspace, id, MeasureStatus.DONE, "4 具已更换",
                new Evidence(List.of(notes.id()), List.of(photo)));
        assertEquals(List.of(notes.id()), m.records().stream().map(r -> r.id()).toList());
        assertEquals(List.of("到货.png", "更换后照片.png"), m.attachments().stream().map(a -> a.fileName()).toList());
        assertArrayEquals(Files.readAllBytes(photo), f.service.files().content(f.records.workspace,
                m.attachments().get(1)), "the evidence file is kept byte for byte");
        m = f.service.changeStatus(f.records.workspace, id, MeasureStatus.VERIFIED, "现场复核", Evidence.NONE);
        assertTrue(m.isFinal());
        assertEquals(List.of(MeasureStatus.OPEN, MeasureStatus.IN_PROGRESS, MeasureStatus.IN_PROGRESS,
                MeasureStatus.DONE, MeasureStatus.VERIFIED), m.history().stream().map(MeasureVersion::status).toList(),
                "every status change is a version");
        assertEquals(ListedProblem.State.VERIFIED, f.service.find(f.records.workspace, p.id()).orElseThrow().state());

        refused(Reason.VERIFIED, "第 " + id + " 号整改措施已验证，不能再更改",
                () -> f.service.changeStatus(f.records.workspace, id, MeasureStatus.DONE, "再看", Evidence.NONE));
        refused(Reason.VERIFIED, "已验证", () -> f.service.correct(f.records.workspace, id,
                new MeasureDraft("更换 5 具灭火器", f.records.zhang.id(), DEADLINE), "数错了"));

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.records.workspace.file());
             Statement s = c.createStatement()) {
            SQLException after = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO measure_version"
                    + " (measure_id, change, text, owner_id, deadline, status, recorded_by) VALUES (" + id
                    + ", 'STATUS', 'x', " + f.records.zhang.id() + ", '2027-01-01', 'DONE', 'x')"));
            assertTrue(after.getMessage().contains("a verified measure is final"), after.getMessage());
            for (String sql : List.of("UPDATE measure_version SET status = 'OPEN'", "DELETE FROM measure_version",
                    "UPDATE problem SET seen = 'x'", "DELETE FROM problem", "DELETE FROM measure_evidence_record",
                    "DELETE FROM measure_evidence_attachment", "DELETE FROM measure")) {
                assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
            }
        }
    }

    @Test
    void aStatusTakenBackNeedsItsReasonAndDoneNeedsEvidence() {
        Measure m = measure(problem(), f.records.li.id(), DEADLINE);
        refused(Reason.NO_EVIDENCE, "第 " + m.id() + " 号整改措施没有任何证据，不能登记为已完成",
                () -> f.service.changeStatus(f.records.workspace, m.id(), MeasureStatus.DONE, "", Evidence.NONE));
        f.service.changeStatus(f.records.workspace, m.id(), MeasureStatus.IN_PROGRESS, "", Evidence.NONE);
        refused(Reason.NO_REASON, "由“进行中”退回“未开始”，请写明原因", () -> f.service.changeStatus(
                f.records.workspace, m.id(), MeasureStatus.OPEN, " ", Evidence.NONE));
        Measure back = f.service.changeStatus(f.records.workspace, m.id(), MeasureStatus.OPEN, "资金未到位",
                Evidence.NONE);
        assertEquals("资金未到位", back.current().note());

        DutyRecord notes = inspectionNotes();
        DutyRecord withdrawal = f.records.service.withdraw(f.records.workspace, notes.id(), "记错了");
        refused(Reason.UNKNOWN_RECORD, "专档记录 #" + notes.id() + " 已被 #" + withdrawal.id() + " 更正",
                () -> f.service.addEvidence(f.records.workspace, m.id(), "", new Evidence(List.of(notes.id()),
                        List.of())));
        refused(Reason.UNKNOWN_RECORD, "专档记录 #" + withdrawal.id() + " 是一条撤回记录，不能作为整改证据",
                () -> f.service.addEvidence(f.records.workspace, m.id(), "", new Evidence(List.of(withdrawal.id()),
                        List.of())));
    }

    @Test
    void everyRefusalOfANewMeasureSaysWhatToDoAndWritesNothing() {
        Problem p = problem();
        refused(Reason.NO_OWNER, "整改措施“更换”没有责任人", () -> f.service.addMeasure(f.records.workspace, p.id(),
                new MeasureDraft("更换", null, DEADLINE)));
        refused(Reason.NO_DEADLINE, "整改措施“更换”没有完成期限", () -> f.service.addMeasure(f.records.workspace,
                p.id(), new MeasureDraft("更换", f.records.zhang.id(), null)));
        refused(Reason.NO_TEXT, "请写明整改措施的内容", () -> f.service.addMeasure(f.records.workspace, p.id(),
                new MeasureDraft(" ", f.records.zhang.id(), DEADLINE)));
        refused(Reason.UNKNOWN_OWNER, "责任人（编号 4242）不在花名册中", () -> f.service.addMeasure(
                f.records.workspace, p.id(), new MeasureDraft("更换", 4242L, DEADLINE)));
        refused(Reason.OWNER_LEFT, "王五（工号 A003）已离职，不能作为整改责任人", () -> f.service.addMeasure(
                f.records.workspace, p.id(), new MeasureDraft("更换", f.left.id(), DEADLINE)));
        refused(Reason.UNKNOWN_PROBLEM, "问题清单中没有第 77 号问题", () -> f.service.addMeasure(f.records.workspace,
                77, new MeasureDraft("更换", f.records.zhang.id(), DEADLINE)));
        refused(Reason.NO_SEEN, "请写明发现的问题", () -> f.service.addProblem(f.records.workspace,
                new ProblemDraft("", " ", "", null, "")));
        assertFalse(f.service.owners(f.records.workspace).stream().anyMatch(o -> o.name().equals("王五")),
                "who has left owns nothing new");
    }

    @Test
    void aCorrectionIsANewVersionWithItsReasonAndTheEarlierStays() {
        Measure m = measure(problem(), f.records.zhang.id(), DEADLINE);
        refused(Reason.NO_REASON, "请写明更正原因", () -> f.service.correct(f.records.workspace, m.id(),
                new MeasureDraft("更换 4 具灭火器", f.records.li.id(), DEADLINE), ""));
        refused(Reason.NOTHING_CORRECTED, "都没有变化", () -> f.service.correct(f.records.workspace, m.id(),
                new MeasureDraft("更换 4 具灭火器", f.records.zhang.id(), DEADLINE), "重填"));
        refused(Reason.OWNER_LEFT, "王五（工号 A003）已离职", () -> f.service.correct(f.records.workspace, m.id(),
                new MeasureDraft("更换 4 具灭火器", f.left.id(), DEADLINE), "换人"));
        Measure corrected = f.service.correct(f.records.workspace, m.id(),
                new MeasureDraft("更换 4 具灭火器并挂检查卡", f.records.li.id(), DEADLINE.plusDays(10)), "责任人调整");
        assertEquals(List.of(MeasureVersion.Change.ADDED, MeasureVersion.Change.CORRECTED), corrected.history().stream()
                .map(MeasureVersion::change).toList());
        assertEquals("李四", corrected.current().ownerName());
        assertEquals("张三", corrected.history().get(0).ownerName(), "the earlier version stays");
        assertEquals(MeasureStatus.OPEN, corrected.status());
        assertEquals("责任人调整", corrected.current().note());
        PeopleRuleException kept = assertThrows(PeopleRuleException.class,
                () -> new PeopleService(f.records.messages).delete(f.records.workspace, f.records.zhang.id()));
        assertTrue(kept.getMessage().contains("张三"), "who owned a measure is kept: " + kept.getMessage());
    }

    @Test
    void overdueMeasuresAreThosePastTheirDeadlineAndNotDone() {
        LocalDate asOf = LocalDate.of(2027, 1, 10);
        Problem p = problem();
        Measure late = measure(p, f.records.zhang.id(), LocalDate.of(2026, 12, 31));
        Measure later = measure(p, f.records.li.id(), LocalDate.of(2027, 1, 5));
        Measure notYet = measure(p, f.records.li.id(), asOf);
        Measure done = measure(p, f.records.zhang.id(), LocalDate.of(2026, 12, 1));
        f.service.changeStatus(f.records.workspace, done.id(), MeasureStatus.DONE, "",
                new Evidence(List.of(inspectionNotes().id()), List.of()));
        List<OverdueMeasure> overdue = f.service.overdue(f.records.workspace, asOf);
        assertEquals(List.of(late.id(), later.id()), overdue.stream().map(o -> o.measure().id()).toList());
        assertEquals(10, overdue.get(0).daysOverdue());
        assertFalse(notYet.overdue(asOf), "due on the day is not overdue yet");
        assertEquals(ListedProblem.State.IN_HAND, f.service.list(f.records.workspace).get(0).state());
    }

    @Test
    void aFindingsFileImportedTwiceChangesNothingTheSecondTime() throws Exception {
        Path file = ProblemsFixture.ourFindingsFile(dir.resolve("检查发现问题清单.zip"));
        List<Workspace> backedUp = new ArrayList<>();
        ProblemService service = new ProblemService(f.records.messages, new FindingsFile(f.records.messages),
                selfAssessments, f.checklists, f.records.service, backedUp::add);
        FindingsImportResult first = service.importFindings(f.records.workspace, file);
        assertEquals(1, backedUp.size(), "backed up before the import wrote");
        assertEquals(2, first.added().size());
        assertFalse(first.alreadyImported());
        assertTrue(first.summary().contains("新增问题 2 个，已在清单中的 0 个"), first.summary());
        Problem finding = first.added().get(0);
        assertEquals(ProblemSource.FINDING, finding.source());
        assertEquals("a1b2c3d4-0000-4000-8000-000000000001", finding.findingUid());
        assertEquals(PackageFingerprint.of(file), finding.findingsFingerprint());
        assertEquals(ProblemsFixture.INSPECTION, finding.inspectionUid());
        assertEquals("3f".repeat(32), finding.packageFingerprint());
        assertEquals("3.1", finding.lineId());
        assertEquals(LocalDate.of(2027, 1, 31), finding.deadline());
        assertEquals("李安全", finding.responsible());

        int[] before = f.counts();
        FindingsImportResult again = service.importFindings(f.records.workspace, file);
        assertTrue(again.unchanged());
        assertEquals(1, backedUp.size(), "no backup when nothing is written");
        assertTrue(again.summary().contains("导入过，问题清单没有变化"), again.summary());
        assertArrayEquals(before, f.counts(), "nothing written the second time");

        // the inspector's file made again with one more finding: only that one is added
        Path more = f.findingsFile(dir.resolve("补充清单.zip"), "示范化工有限公司", TestData.CREDIT_CODE,
                List.of(ProblemsFixture.twoFindings().get(0), ProblemsFixture.twoFindings().get(1),
                        ProblemsFixture.finding(3, "4.1", "二车间 3 人未签责任书", LocalDate.of(2027, 2, 1))));
        FindingsImportResult third = f.service.importFindings(f.records.workspace, more);
        assertEquals(List.of("二车间 3 人未签责任书"), third.added().stream().map(Problem::seen).toList());
        assertEquals(2, third.alreadyListed());
        assertEquals(2, f.service.findingsImports(f.records.workspace).size());
        assertEquals(List.of("仓库风险告知卡未张贴", "配电室灭火器过期"), f.service.ofFindingsFile(f.records.workspace,
                PackageFingerprint.of(file)).stream().map(p -> p.problem().seen()).toList());
        assertEquals(1, f.service.ofFindingsFile(f.records.workspace, PackageFingerprint.of(more)).size());
    }

    @Test
    void aFindingsFileForAnotherEnterpriseIsRefused() {
        Path other = f.findingsFile(dir.resolve("别家的清单.zip"), "青岛另一化工有限公司", ProblemsFixture.OTHER_CODE,
                ProblemsFixture.twoFindings());
        refused(Reason.OTHER_ENTERPRISE, "检查发现问题清单“别家的清单.zip”是青岛另一化工有限公司（统一社会信用代码 "
                + ProblemsFixture.OTHER_CODE + "）的，不是本企业示范化工有限公司", () -> f.service.importFindings(
                f.records.workspace, other));
    }

    @Test
    void anAlteredOrNewerFindingsFileIsRefusedAndNothingWritten() throws Exception {
        Path file = ProblemsFixture.ourFindingsFile(dir.resolve("原件.zip"));
        Path altered = ProblemsFixture.altered(file, dir.resolve("改过的.zip"));
        Path newer = ProblemsFixture.newer(file, dir.resolve("新版本的.zip"));
        int[] before = f.counts();
        InspectionException a = assertThrows(InspectionException.class,
                () -> f.service.importFindings(f.records.workspace, altered));
        assertEquals(InspectionException.Reason.ALTERED, a.reason());
        assertTrue(a.getMessage().contains("检查发现问题清单“改过的.zip”未通过校验"), a.getMessage());
        InspectionException n = assertThrows(InspectionException.class,
                () -> f.service.importFindings(f.records.workspace, newer));
        assertTrue(n.getMessage().contains("由更新版本的九个一写出（格式版本 2）"), n.getMessage());
        assertArrayEquals(before, f.counts());
    }

    @Test
    void theLatestSelfAssessmentsDeductionsBecomeProblemsOncePerLine() {
        refused(Reason.NO_SELF_ASSESSMENT, "还没有签署的自评", () -> f.service.addFromSelfAssessment(
                f.records.workspace));
        inspectionNotes();
        SelfAssessment signed = selfAssessments.sign(f.records.workspace, f.checklists.defaultTemplate(),
                LocalDate.now(), "王建国", LocalDate.now());
        List<String> lost = signed.result().lines().stream()
                .filter(l -> l.veto() != null || l.deducted().signum() > 0).map(LineScore::id).toList();
        assertTrue(lost.containsAll(List.of("2.1", "5.2")), lost.toString());

        SelfAssessmentImportResult result = f.service.addFromSelfAssessment(f.records.workspace);
        assertEquals(lost, result.added().stream().map(Problem::lineId).toList());
        Problem procedures = result.added().get(lost.indexOf("2.1"));
        assertEquals(ProblemSource.SELF_ASSESSMENT, procedures.source());
        assertEquals(signed.id(), procedures.selfAssessmentId());
        assertTrue(procedures.seen().contains("一车间 操作工：没有操作规程（扣 1 分）"), procedures.seen());
        assertEquals(f.checklists.defaultTemplate().line("2.1").orElseThrow().criterion(), procedures.requirement());
        Problem veto = result.added().get(lost.indexOf("5.2"));
        assertTrue(veto.seen().contains("张三：电工作业证已过期"), veto.seen());

        int[] before = f.counts();
        SelfAssessmentImportResult again = f.service.addFromSelfAssessment(f.records.workspace);
        assertTrue(again.added().isEmpty());
        assertEquals(lost.size(), again.alreadyListed());
        assertArrayEquals(before, f.counts(), "nothing written the second time");
    }
}
