package org.nineones.service.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Finding;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.JudgementDraft;
import org.nineones.model.acceptance.LineJudgement;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.SelfAssessment;
import org.nineones.model.acceptance.Verdict;
import org.nineones.model.acceptance.VetoType;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordDraft;
import org.nineones.model.records.RecordKind;
import org.nineones.model.acceptance.NineItem;
import org.nineones.service.acceptance.JudgementService.InForce;
import org.nineones.service.acceptance.JudgementService.LineJudgements;
import org.nineones.service.acceptance.checklist.ChecklistService;
import org.nineones.service.backup.BackupHook;
import org.nineones.service.records.RecordsFixture;

/**
 * The enterprise's judgements of manual checklist lines on a real SQLite file: judged, superseded with the history
 * kept, refused with the sentence and nothing written, carried over to a newer version of the template, skipped where
 * that version no longer fits them, and used by assess and the signed self-assessment.
 */
class JudgementServiceTest {

    private static final LocalDate DAY = LocalDate.now().minusDays(1);

    @TempDir
    Path dir;
    private RecordsFixture f;
    private JudgementService judgements;
    private ReadinessService readiness;
    private ChecklistTemplate template;
    private DutyRecord minutes;

    @BeforeEach
    void setUp() throws Exception {
        f = new RecordsFixture(dir);
        judgements = new JudgementService(f.messages);
        ChecklistService checklists = new ChecklistService(f.messages, BackupHook.NONE);
        // one card not seen on site (3.1) and nothing else: the automatic lines are the records' business
        FindingSource findings = (ws, day) -> Map.of(FindingKinds.CARD_NOT_ON_SITE, List.of(
                new Finding(FindingKinds.CARD_NOT_ON_SITE, "一车间 操作工：应急处置卡未上墙", null)));
        readiness = new ReadinessService(f.messages, checklists, findings, judgements);
        template = checklists.defaultTemplate();
        minutes = f.service.add(f.workspace, RecordDraft.of(RecordKind.MEETING_MINUTES, "11月安全生产例会纪要", DAY,
                NineItem.RECORDS, "", null, List.of(), List.of()));
    }

    @AfterEach
    void tearDown() {
        f.workspace.close();
    }

    private LineJudgement judge(String line, Verdict verdict, String points, String note, Long... records) {
        return judgements.judge(f.workspace, template, line, new JudgementDraft(verdict,
                points == null ? null : new BigDecimal(points), note, "王建国", List.of(records)));
    }

    private int judgementCount() {
        return f.workspace.read(s -> s.judgements().of(template.name()).size());
    }

    private static LineScore line(ChecklistScore score, String id) {
        return score.lines().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aNewJudgementSupersedesTheEarlierOneWhoseHistoryStays() {
        LineJudgement first = judge("9.1", Verdict.DEDUCTED, "2", "缺少隐患排查记录和公示照片", minutes.id());
        assertEquals(List.of(minutes.id()), first.recordIds());
        assertEquals("王建国", first.judgedBy());
        judge("9.1", Verdict.CONFIRMED, null, "补齐后复核符合");

        LineJudgements line = judgements.line(f.workspace, template, "9.1");
        assertEquals(Verdict.CONFIRMED, line.current().orElseThrow().verdict());
        assertTrue(line.fits());
        assertEquals(List.of(Verdict.CONFIRMED, Verdict.DEDUCTED), line.history().stream()
                .map(LineJudgement::verdict).toList(), "the latest first, the earlier one still there");
        assertEquals(new BigDecimal("2"), line.history().get(1).points());
        assertEquals(List.of(minutes.id()), line.history().get(1).recordIds());

        judge("9.1", Verdict.NOT_JUDGED, null, "");
        assertTrue(judgements.line(f.workspace, template, "9.1").current().isEmpty(), "back to not judged");
        assertEquals(3, judgementCount());
        assertEquals(List.of("judge", "judge", "judge"), f.workspace.read(s -> s.audit().latest(3)).stream()
                .map(e -> e.action()).toList());
    }

    @Test
    void refusesWhatTheScorerWouldRefuseWithTheSentenceAndWritesNothing() {
        Map<Supplier<LineJudgement>, String> refusals = Map.of(
                () -> judge("1.1", Verdict.DEDUCTED, "1", "x"), "检查项 1.1 由记录自动计算，不由人工评定",
                () -> judge("9.1", Verdict.NOT_APPLICABLE, null, ""), "检查项 9.1 不允许标为缺项",
                () -> judge("9.1", Verdict.DEDUCTED, "6", "x"), "检查项 9.1：分数 6 应在 0 到 5（本项分值）之间",
                () -> judge("9.1", Verdict.DEDUCTED, "1", " "), "检查项 9.1 扣了分：请在说明中写明扣分的原因",
                () -> judge("9.1", Verdict.SCORED, "4", ""), "检查项 9.1 扣了分：请在说明中写明扣分的原因",
                () -> judge("1.2", Verdict.VETO_FAILED, null, ""), "检查项 1.2 评定为否决触发：请在说明中写明原因",
                () -> judge("3.1", Verdict.VETO_MET, null, ""), "检查项 3.1 不是否决项",
                () -> judge("1.2", Verdict.SCORED, "0", ""), "检查项 1.2 是否决项，没有分值",
                () -> judge("8.8", Verdict.CONFIRMED, null, ""), "验收标准“九个一验收标准（默认）”中没有检查项 8.8",
                () -> judge("9.1", Verdict.NOT_JUDGED, null, ""), "检查项 9.1 尚未评定，无需撤回评定");
        for (Map.Entry<Supplier<LineJudgement>, String> refusal : refusals.entrySet()) {
            JudgementException e = assertThrows(JudgementException.class, refusal.getKey()::get);
            assertTrue(e.getMessage().startsWith(refusal.getValue()), e.getMessage());
        }
        JudgementException unknown = assertThrows(JudgementException.class,
                () -> judge("9.1", Verdict.CONFIRMED, null, "", 999L));
        assertEquals("没有编号为 #999 的专档记录。请用 record list 查看已有记录的编号。", unknown.getMessage());
        assertEquals("records", unknown.field());
        f.service.withdraw(f.workspace, minutes.id(), "重复录入");
        JudgementException corrected = assertThrows(JudgementException.class,
                () -> judge("9.1", Verdict.CONFIRMED, null, "", minutes.id()));
        assertTrue(corrected.getMessage().startsWith("专档记录 #" + minutes.id() + " 已被 #"), corrected.getMessage());
        assertEquals(0, judgementCount());
        assertEquals(new BigDecimal("0"), judge("9.1", Verdict.DEDUCTED, "0", "").points(),
                "nothing deducted needs no note");
    }

    @Test
    void assessUsesTheJudgementsAndMarksNotApplicableOnlyWhereTheTemplateAllows() {
        ChecklistScore before = readiness.assess(f.workspace, template, DAY, LocalDate.now());
        assertFalse(line(before, "9.1").judged());
        assertEquals(new BigDecimal("5"), line(before, "9.1").score(), "not judged: full points");

        judge("9.1", Verdict.DEDUCTED, "2", "缺少隐患排查记录", minutes.id());
        judge("3.1", Verdict.SCORED, "9", "抽查三个岗位，一张应急卡未上墙");
        judge("1.2", Verdict.VETO_FAILED, null, "主要负责人清单缺第七项职责");
        judge("5.2", Verdict.NOT_APPLICABLE, null, "本企业无特种作业岗位");
        ChecklistScore after = readiness.assess(f.workspace, template, LocalDate.now(), LocalDate.now());
        assertFalse(line(readiness.assess(f.workspace, template, DAY, LocalDate.now()), "9.1").judged(),
                "yesterday's score stands: the line was judged today");

        LineScore records = line(after, "9.1");
        assertTrue(records.judged());
        assertEquals(new BigDecimal("3"), records.score());
        assertEquals("缺少隐患排查记录", records.note());
        assertEquals(new BigDecimal("9"), line(after, "3.1").score());
        assertTrue(line(after, "5.2").notApplicable());
        assertEquals(List.of("1.2"), after.vetoes().stream().map(v -> v.lineId()).toList());
        assertEquals(VetoType.LINE, after.vetoes().get(0).type());
    }

    @Test
    void aJudgementCarriesOverToANewVersionAndIsSkippedWhereItNoLongerFits() {
        judge("9.1", Verdict.DEDUCTED, "4", "几乎没有档案");
        judge("3.1", Verdict.SCORED, "8", "两张卡未上墙");
        judge("1.2", Verdict.VETO_MET, null, "七项职责齐全");
        judge("5.2", Verdict.NOT_APPLICABLE, null, "无特种作业");
        // the county's next version: 9.1 worth 3 points, 3.1 gone, 5.2 no longer 缺项, 1.2 unchanged
        List<ChecklistLine> lines = new ArrayList<>();
        for (ChecklistLine l : template.lines()) {
            if (l.id().equals("3.1")) {
                continue;
            }
            boolean records = l.id().equals("9.1");
            lines.add(new ChecklistLine(l.id(), l.item(), l.criterion(), records ? new BigDecimal("3") : l.points(),
                    l.rule(), l.deductions(), l.cap(), l.zeroAtCount(), l.zeroIfMissing(), l.evidence(),
                    !l.id().equals("5.2") && l.notApplicable(), l.veto()));
        }
        ChecklistTemplate next = new ChecklistTemplate(template.name(), "2027.1", template.issuer(),
                template.description(), template.thresholds(), lines);

        InForce inForce = judgements.inForce(f.workspace, next);
        assertEquals(List.of("1.2"), List.copyOf(inForce.judgements().keySet()), "carried over: the line is there");
        assertTrue(inForce.notApplicable().isEmpty());
        assertEquals(List.of("9.1", "3.1", "5.2"), inForce.skipped().stream().map(LineJudgement::lineId).toList());

        ChecklistScore score = readiness.assess(f.workspace, next, LocalDate.now(), LocalDate.now());
        assertFalse(line(score, "9.1").judged(), "a judgement that no longer fits counts as not judged");
        assertEquals(new BigDecimal("3"), line(score, "9.1").score());
        assertFalse(line(score, "5.2").notApplicable());
        assertTrue(line(score, "1.2").judged());
        assertFalse(judgements.line(f.workspace, next, "9.1").fits());
        assertTrue(judgements.line(f.workspace, template, "9.1").fits());
    }

    @Test
    void theSignedSelfAssessmentKeepsTheJudgements() {
        judge("9.1", Verdict.DEDUCTED, "1", "缺公示照片", minutes.id());
        SelfAssessment signed = new SelfAssessmentService(f.messages, readiness).sign(f.workspace, template,
                LocalDate.now(), "王建国", LocalDate.now());
        LineScore kept = line(signed.result(), "9.1");
        assertTrue(kept.judged());
        assertEquals(new BigDecimal("4"), kept.score());
        assertEquals("缺公示照片", kept.note());
        String json = f.workspace.read(s -> s.selfAssessments().find(signed.id()).orElseThrow().resultJson());
        assertTrue(json.contains("\"note\":\"缺公示照片\""), json);

        judge("9.1", Verdict.CONFIRMED, null, "已补齐");
        SelfAssessment again = new SelfAssessmentService(f.messages, readiness).find(f.workspace, signed.id())
                .orElseThrow();
        assertEquals(new BigDecimal("4"), line(again.result(), "9.1").score(), "a signed one never changes");
    }

    @Test
    void theFileItselfRefusesToChangeOrDeleteAJudgement() throws SQLException {
        judge("9.1", Verdict.DEDUCTED, "2", "缺档案", minutes.id());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.workspace.file());
             Statement s = c.createStatement()) {
            for (String sql : List.of("UPDATE line_judgement SET points = '0'", "DELETE FROM line_judgement",
                    "DELETE FROM line_judgement_record")) {
                SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(sql));
                assertTrue(e.getMessage().contains("record a new judgement"), e.getMessage());
            }
            SQLException noNote = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO line_judgement"
                    + " (template_name, template_version, line_id, verdict, points, judged_by)"
                    + " VALUES ('t', '1', '9.1', 'DEDUCTED', '1', '王')"));
            assertTrue(noNote.getMessage().contains("CHECK"), noNote.getMessage());
        }
    }
}
