package org.nineones.service.acceptance.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.acceptance.Deduction;
import org.nineones.model.acceptance.Evidence;
import org.nineones.model.acceptance.Finding;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.LineLimit;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.ManualJudgement;
import org.nineones.model.acceptance.Target;
import org.nineones.model.acceptance.TargetKind;
import org.nineones.model.acceptance.Thresholds;
import org.nineones.model.acceptance.Veto;
import org.nineones.model.acceptance.VetoType;

/** The scorer, table-driven over a small template whose lines each show one rule of ACCEPTANCE.md. */
class ChecklistScorerTest {

    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final ChecklistScorer SCORER = new ChecklistScorer(ZH);
    private static final String DUTY = FindingKinds.POST_WITHOUT_DUTY_LIST;
    private static final String PROCEDURE = FindingKinds.POST_WITHOUT_PROCEDURE;
    private static final String CARD = FindingKinds.MISSING_CARD;
    private static final String NOT_ON_SITE = FindingKinds.CARD_NOT_ON_SITE;
    private static final String RECORD = FindingKinds.RECORD_KIND_MISSING;
    private static final String CERTIFICATE = FindingKinds.EXPIRED_CERTIFICATE;

    /**
     * L1 40 points, 1 a post, cap 10, floor veto at 80 %; L2 30 points, 2 a post, zeroed at 5, may be 缺项; L3 20
     * points, 0.1 a card, zeroed by a card not on site; L4 10 points, manual, 1 a kind of record; V1 a line veto on
     * an expired certificate, may be 缺项; G1 a gate judged by the inspector.
     */
    static final ChecklistTemplate TEMPLATE = new ChecklistTemplate("测试标准", "1", "", "", Thresholds.DEFAULT, List.of(
            line("L1", 1, "40", "每个岗位扣1分，最多扣10分", List.of(new Deduction(DUTY, d("1"))), d("10"), null, null,
                    Evidence.AUTOMATIC, false, new Veto(VetoType.FLOOR, 80, "补齐责任清单")),
            line("L2", 2, "30", "每个岗位扣2分，5个及以上不得分", List.of(new Deduction(PROCEDURE, d("2"))), null, 5,
                    null, Evidence.AUTOMATIC, true, Veto.NONE),
            line("L3", 3, "20", "每缺一张扣0.1分，现场未张贴的不得分", List.of(new Deduction(CARD, d("0.1"))), null,
                    null, NOT_ON_SITE, Evidence.AUTOMATIC, false, Veto.NONE),
            line("L4", 9, "10", "每缺一类记录扣1分", List.of(new Deduction(RECORD, d("1"))), null, null, null,
                    Evidence.MANUAL, false, Veto.NONE),
            line("V1", 5, null, "证书过期的否决", List.of(), null, null, CERTIFICATE, Evidence.AUTOMATIC, true,
                    new Veto(VetoType.LINE, null, "停止特种作业")),
            line("G1", 4, null, "本年度发生较大事故的否决", List.of(), null, null, null, Evidence.MANUAL, false,
                    new Veto(VetoType.GATE, null, "事故整改"))));

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static ChecklistLine line(String id, int item, String points, String rule, List<Deduction> deductions,
                                      BigDecimal cap, Integer zeroAt, String zeroIf, Evidence evidence, boolean na,
                                      Veto veto) {
        return new ChecklistLine(id, item, "内容", points == null ? null : d(points), rule, deductions, cap, zeroAt,
                zeroIf, evidence, na, veto);
    }

    /** Findings: kind, count, kind, count… */
    static Map<String, List<Finding>> findings(Object... kindsAndCounts) {
        Map<String, List<Finding>> map = new HashMap<>();
        for (int i = 0; i < kindsAndCounts.length; i += 2) {
            String kind = (String) kindsAndCounts[i];
            List<Finding> list = new ArrayList<>();
            for (int n = 1; n <= (Integer) kindsAndCounts[i + 1]; n++) {
                list.add(new Finding(kind, "岗位" + n + "：" + kind, new Target(TargetKind.POST, "" + n, "岗位" + n)));
            }
            map.put(kind, list);
        }
        return map;
    }

    @BeforeAll
    static void theTemplatePassesItsCheck() {
        assertEquals(List.of(), new ChecklistValidator(ZH).errors(TEMPLATE));
    }

    static Stream<Arguments> cases() {
        ManualJudgement tenOff = ManualJudgement.deducting(d("10"), "专档记录全无");
        return Stream.of(
                Arguments.of("nothing found", findings(), Map.of(), Set.of(), "100.0", Conclusion.PASS),
                Arguments.of("cap: 15 posts cost 10, and the floor veto caps", findings(DUTY, 15), Map.of(), Set.of(),
                        "90.0", Conclusion.RECTIFY),
                Arguments.of("under the floor: 8 posts, 32 of 40 is 80 %", findings(DUTY, 8), Map.of(), Set.of(),
                        "92.0", Conclusion.PASS),
                Arguments.of("4 below zeroAtCount", findings(PROCEDURE, 4), Map.of(), Set.of(), "92.0",
                        Conclusion.PASS),
                Arguments.of("zeroAtCount reached", findings(PROCEDURE, 5), Map.of(), Set.of(), "70.0",
                        Conclusion.RECTIFY),
                Arguments.of("zeroIfMissing", findings(NOT_ON_SITE, 1), Map.of(), Set.of(), "80.0",
                        Conclusion.RECTIFY),
                Arguments.of("no negative line: 300 cards cost 20, not 30", findings(CARD, 300), Map.of(), Set.of(),
                        "80.0", Conclusion.RECTIFY),
                Arguments.of("N/A leaves the denominator, one decimal", findings(CARD, 3), Map.of(), Set.of("L2"),
                        "99.6", Conclusion.PASS),
                Arguments.of("exactly 85 passes", findings(PROCEDURE, 2, CARD, 10), Map.of("L4", tenOff), Set.of(),
                        "85.0", Conclusion.PASS),
                Arguments.of("84.9 is to rectify", findings(PROCEDURE, 2, CARD, 11), Map.of("L4", tenOff), Set.of(),
                        "84.9", Conclusion.RECTIFY),
                Arguments.of("exactly 70 is to rectify", findings(PROCEDURE, 5), Map.of(), Set.of(), "70.0",
                        Conclusion.RECTIFY),
                Arguments.of("69.9 fails", findings(PROCEDURE, 5, CARD, 1), Map.of(), Set.of(), "69.9",
                        Conclusion.FAIL),
                Arguments.of("unjudged manual line counts full points", findings(RECORD, 4), Map.of(), Set.of(),
                        "100.0", Conclusion.PASS),
                Arguments.of("judged manual line takes its findings", findings(RECORD, 4),
                        Map.of("L4", ManualJudgement.confirmed("缺四类")), Set.of(), "96.0", Conclusion.PASS),
                Arguments.of("line veto caps a full score", findings(CERTIFICATE, 1), Map.of(), Set.of(), "100.0",
                        Conclusion.RECTIFY),
                Arguments.of("a veto line marked N/A is not triggered", findings(CERTIFICATE, 1), Map.of(),
                        Set.of("V1"), "100.0", Conclusion.PASS),
                Arguments.of("gate fails whatever the score", findings(),
                        Map.of("G1", ManualJudgement.veto(true, "本年度发生较大事故")), Set.of(), "100.0",
                        Conclusion.FAIL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scores(String name, Map<String, List<Finding>> findings, Map<String, ManualJudgement> judgements,
                Set<String> na, String expected, Conclusion conclusion) {
        ChecklistScore score = SCORER.score(TEMPLATE, findings, judgements, na);
        assertEquals(d(expected), score.score(), name);
        assertEquals(1, score.score().scale(), "one decimal");
        assertEquals(conclusion, score.conclusion(), name);
        for (LineScore line : score.lines()) {
            assertTrue(line.score().signum() >= 0, line.id() + " never below zero");
            assertTrue(line.deducted().compareTo(line.points()) <= 0, line.id());
        }
        assertEquals("测试标准", score.templateName());
        assertEquals("1", score.templateVersion());
    }

    private static LineScore line(ChecklistScore score, String id) {
        return score.lines().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void explainsEachDeductionAndWhatLimitedIt() {
        ChecklistScore score = SCORER.score(TEMPLATE, findings(DUTY, 15, CARD, 3), Map.of(), Set.of());
        LineScore l1 = line(score, "L1");
        assertEquals(15, l1.charges().size());
        assertEquals("岗位1：" + DUTY, l1.charges().get(0).what());
        assertEquals(new Target(TargetKind.POST, "1", "岗位1"), l1.charges().get(0).target());
        assertEquals(d("1"), l1.charges().get(0).points());
        assertEquals(LineLimit.CAPPED, l1.limit());
        assertEquals(d("10"), l1.deducted());
        assertEquals(d("30"), l1.score());
        assertEquals(VetoType.FLOOR, l1.veto().type());
        assertEquals(d("75.0"), l1.veto().itemPercent(), "30 of 40");
        assertEquals("补齐责任清单", l1.veto().rectification());
        LineScore l3 = line(score, "L3");
        assertEquals(d("0.3"), l3.deducted(), "0.1 + 0.1 + 0.1 is exactly 0.3");
        assertEquals("19.7", l3.score().toPlainString());
        assertEquals(Conclusion.PASS, score.scoreConclusion());
        assertEquals(Conclusion.RECTIFY, score.conclusion());
        assertEquals(List.of("L1"), score.vetoes().stream().map(v -> v.lineId()).toList());
    }

    @Test
    void zeroingRulesAndTheLinePointsAreNamed() {
        assertEquals(LineLimit.ZEROED_AT_COUNT,
                line(SCORER.score(TEMPLATE, findings(PROCEDURE, 5), Map.of(), Set.of()), "L2").limit());
        LineScore zeroed = line(SCORER.score(TEMPLATE, findings(NOT_ON_SITE, 1), Map.of(), Set.of()), "L3");
        assertEquals(LineLimit.ZEROED_IF_PRESENT, zeroed.limit());
        assertEquals(d("0"), zeroed.score());
        assertEquals(NOT_ON_SITE, zeroed.charges().get(0).kind());
        assertEquals(LineLimit.LINE_POINTS,
                line(SCORER.score(TEMPLATE, findings(CARD, 300), Map.of(), Set.of()), "L3").limit());
    }

    @Test
    void manualLinesAreJudgedOrNot() {
        ChecklistScore open = SCORER.score(TEMPLATE, findings(RECORD, 4), Map.of(), Set.of());
        LineScore l4 = line(open, "L4");
        assertFalse(l4.judged());
        assertEquals(d("10"), l4.score());
        assertEquals(List.of("L4", "G1"), open.unjudged().stream().map(LineScore::id).toList());
        LineScore scored = line(SCORER.score(TEMPLATE, findings(RECORD, 4),
                Map.of("L4", ManualJudgement.scoring(d("7.5"), "会议纪要不全")), Set.of()), "L4");
        assertTrue(scored.judged());
        assertEquals(d("2.5"), scored.deducted());
        assertEquals(LineLimit.MANUAL, scored.limit());
        assertEquals("会议纪要不全", scored.note());
        assertEquals(4, scored.charges().size(), "what the records show stays listed");
    }

    @Test
    void lineVetoNamesItsFindingsAndRectification() {
        ChecklistScore score = SCORER.score(TEMPLATE, findings(CERTIFICATE, 2), Map.of(), Set.of());
        LineScore v1 = line(score, "V1");
        assertEquals(2, v1.veto().findings().size());
        assertEquals("停止特种作业", v1.veto().rectification());
        assertEquals(d("0"), v1.points());
        assertNull(line(score, "L1").veto());
        ChecklistException automatic = assertThrows(ChecklistException.class, () -> SCORER.score(TEMPLATE,
                findings(CERTIFICATE, 2), Map.of("V1", ManualJudgement.veto(false, "已复审")), Set.of()));
        assertEquals("检查项 V1 由记录自动计算，不由人工评定。请改正记录后重新计分。", automatic.getMessage());
        ChecklistScore gate = SCORER.score(TEMPLATE, findings(), Map.of("G1", ManualJudgement.veto(false, "无事故")),
                Set.of());
        assertEquals(Conclusion.PASS, gate.conclusion());
        assertTrue(line(gate, "G1").judged());
    }

    @Test
    void refusesNotApplicableOnALineThatDoesNotAllowItAndUnknownLines() {
        ChecklistException e = assertThrows(ChecklistException.class,
                () -> SCORER.score(TEMPLATE, findings(), Map.of(), Set.of("L1")));
        assertEquals("检查项 L1 不允许标为缺项。请按实际情况评分。", e.getMessage());
        ChecklistException unknown = assertThrows(ChecklistException.class,
                () -> SCORER.score(TEMPLATE, findings(), Map.of("X9", ManualJudgement.confirmed("")), Set.of()));
        assertEquals("验收标准“测试标准”中没有检查项 X9。请按标准中的编号评定。", unknown.getMessage());
        ChecklistException range = assertThrows(ChecklistException.class, () -> SCORER.score(TEMPLATE, findings(),
                Map.of("L4", ManualJudgement.deducting(d("12"), "")), Set.of()));
        assertTrue(range.getMessage().startsWith("检查项 L4："), range.getMessage());
    }

    @Test
    void aTemplateOfOneHundredFiftyPointsScoresOnItsOwnScale() {
        List<ChecklistLine> lines = new ArrayList<>(TEMPLATE.lines());
        lines.add(line("L5", 7, "50", "未建立制度扣50分", List.of(new Deduction(FindingKinds.NO_REWARD_RULES, d("50"))),
                null, null, null, Evidence.AUTOMATIC, false, Veto.NONE));
        ChecklistTemplate big = new ChecklistTemplate("县标准", "2", "", "", new Thresholds(d("127.5"), d("105")), lines);
        ChecklistScore score = SCORER.score(big, findings(), Map.of(), Set.of("L2"));
        assertEquals(d("150"), score.totalPoints());
        assertEquals(d("120"), score.earned());
        assertEquals(d("30"), score.notApplicablePoints());
        assertEquals(d("150.0"), score.score(), "120 of 120 applicable, on 150");
        ChecklistScore lower = SCORER.score(big, findings(FindingKinds.NO_REWARD_RULES, 1), Map.of(), Set.of());
        assertEquals(d("100.0"), lower.score());
        assertEquals(Conclusion.FAIL, lower.conclusion(), "below the county's 105");
    }
}
