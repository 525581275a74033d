package org.nineones.service.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineones.model.acceptance.Charge;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.acceptance.Evidence;
import org.nineones.model.acceptance.LineLimit;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.Target;
import org.nineones.model.acceptance.TargetKind;
import org.nineones.model.acceptance.Thresholds;
import org.nineones.model.acceptance.Veto;
import org.nineones.model.acceptance.VetoHit;
import org.nineones.model.acceptance.VetoType;

/** The readiness view's reading of a score: item status by the template's thresholds, next steps by gain per work. */
class ReadinessOverviewTest {

    private static BigDecimal p(String v) {
        return new BigDecimal(v);
    }

    private static ChecklistLine line(String id, int item, String points) {
        return new ChecklistLine(id, item, "检查项" + id, points == null ? null : p(points), "", List.of(), null, null,
                null, Evidence.AUTOMATIC, false, points == null ? new Veto(VetoType.LINE, null, "整改") : Veto.NONE);
    }

    private static Charge charge(String what, String postId, String points) {
        return new Charge("post-without-duty-list", what, new Target(TargetKind.POST, postId, what), p(points));
    }

    private static LineScore score(String id, int item, String points, String deducted, List<Charge> charges,
                                   boolean judged) {
        BigDecimal pts = points == null ? BigDecimal.ZERO : p(points);
        return new LineScore(id, item, pts, p(deducted), pts.subtract(p(deducted)), false,
                judged ? Evidence.AUTOMATIC : Evidence.MANUAL, judged, charges, LineLimit.NONE, "", null);
    }

    @Test
    void itemsTakeTheirStatusFromTheThresholdsAndStepsAreOrderedByPointsPerItemOfWork() {
        ChecklistTemplate template = new ChecklistTemplate("标准", "1", "", "", Thresholds.DEFAULT, List.of(
                line("1.1", 1, "20"), line("2.1", 2, "10"), line("3.1", 3, "10"), line("5.9", 5, null),
                line("9.1", 9, "60")));
        // 1.1 loses 4 over two posts (2 per post); 2.1 loses 3 on one post (3 per post); 3.1 loses 9 over nine
        // posts (1 per post), 9.1 is manual and not judged; 5.9 is a veto that fired
        List<Charge> nine = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            nine.add(charge("岗位" + i, String.valueOf(i), "1"));
        }
        List<LineScore> lines = List.of(
                score("1.1", 1, "20", "4", List.of(charge("甲", "1", "2"), charge("乙", "2", "2")), true),
                score("2.1", 2, "10", "3", List.of(charge("丙", "3", "3")), true),
                score("3.1", 3, "10", "9", nine, true),
                score("5.9", 5, null, "0", List.of(), true),
                score("9.1", 9, "60", "0", List.of(), false));
        ChecklistScore s = new ChecklistScore("标准", "1", lines, p("84"), BigDecimal.ZERO, p("100"), p("84"),
                Conclusion.RECTIFY, Conclusion.FAIL, List.of(new VetoHit("5.9", 5, VetoType.LINE, List.of(), null,
                "", "整改")));

        ReadinessOverview overview = ReadinessOverview.of(template, s);

        assertEquals(9, overview.items().size());
        ReadinessOverview.ItemStatus one = overview.items().get(0);
        assertEquals(p("16"), one.score());
        assertEquals(p("20"), one.points());
        assertEquals(ReadinessOverview.Status.WARN, one.status(), "80% is under the pass share (85%), over 70%");
        assertEquals(ReadinessOverview.Status.BAD, overview.items().get(2).status(), "10% of item 3");
        assertEquals(ReadinessOverview.Status.BAD, overview.items().get(4).status(), "the veto makes item 5 bad");
        assertTrue(overview.items().get(4).vetoed());
        assertEquals(ReadinessOverview.Status.GOOD, overview.items().get(8).status());
        assertEquals(1, overview.items().get(8).unjudged());
        assertEquals(ReadinessOverview.Status.GOOD, overview.items().get(6).status(), "an item without lines");
        assertEquals(2, one.topCharges().size());

        assertEquals(List.of("5.9", "2.1", "1.1", "3.1"),
                overview.nextSteps().stream().map(ReadinessOverview.NextStep::lineId).toList(),
                "the veto first, then 3 per post, 2 per post, 1 per post");
        ReadinessOverview.NextStep cards = overview.nextSteps().get(3);
        assertEquals(9, cards.work());
        assertEquals(0, p("1").compareTo(cards.gainPerWork()));
        assertEquals("1", cards.firstTarget().id());
        assertFalse(overview.nextSteps().stream().anyMatch(st -> st.lineId().equals("9.1")),
                "a line that loses nothing is no step");
    }

    @Test
    void aTemplateOf150PointsScalesTheThresholds() {
        ChecklistTemplate template = new ChecklistTemplate("县标准", "1", "", "",
                new Thresholds(p("127.5"), p("105")), List.of(line("1.1", 1, "150")));
        ChecklistScore s = new ChecklistScore("县标准", "1", List.of(score("1.1", 1, "150", "20", List.of(), true)),
                p("130"), BigDecimal.ZERO, p("150"), p("130"), Conclusion.PASS, Conclusion.PASS, List.of());
        // 130 / 150 = 86.7%, over the pass share 127.5 / 150 = 85%
        assertEquals(ReadinessOverview.Status.GOOD, ReadinessOverview.of(template, s).items().get(0).status());
    }
}
