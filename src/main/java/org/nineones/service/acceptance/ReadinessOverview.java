package org.nineones.service.acceptance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.nineones.model.acceptance.Charge;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.Target;

/**
 * The readiness view's reading of a score (验收准备): each of the nine items with its points, score and status, its
 * largest deductions, and what to do next, ordered by the points one item of work gains.
 * <p>
 * An item's status compares its score with its points as the template's thresholds compare the total: at or above
 * the pass share it is {@link Status#GOOD}, at or above the rectify share {@link Status#WARN}, else {@link Status#BAD};
 * a triggered veto makes it BAD whatever its points. A next step is a line that loses points or vetoes the check: its
 * gain is the points the line loses, its work the number of distinct records its charges name (at least one), and the
 * steps are ordered vetoes first, then by gain per item of work, then by gain. The gain per item of work is an
 * average: where a cap or a count limits the line, the first fixes may gain less than the last.
 */
public record ReadinessOverview(ChecklistScore score, List<ItemStatus> items, List<NextStep> nextSteps) {

    /** How many deductions an item shows. */
    public static final int TOP_CHARGES = 3;

    public enum Status { GOOD, WARN, BAD }

    /**
     * One of the nine items: its number, its points (the lines not marked 缺项), its score, the points deducted, its
     * status, whether a veto of its lines is triggered, how many of its manual lines wait for a judgement, and its
     * largest deductions.
     */
    public record ItemStatus(int item, BigDecimal points, BigDecimal score, BigDecimal deducted, Status status,
                             boolean vetoed, int unjudged, List<Charge> topCharges) {

        public ItemStatus {
            topCharges = List.copyOf(topCharges);
        }
    }

    /**
     * One thing to do: the line, its item and criterion, the points it would gain, the records to fix (work), the
     * gain per record, whether the line vetoes the check, and its charges (the first names where to go).
     */
    public record NextStep(String lineId, int item, String criterion, BigDecimal gain, int work,
                           BigDecimal gainPerWork, boolean veto, List<Charge> charges) {

        public NextStep {
            charges = List.copyOf(charges);
        }

        /** The record the first charge rests on, where the fixing starts. */
        public Target firstTarget() {
            return charges.stream().map(Charge::target).filter(t -> t != Target.NONE).findFirst()
                    .orElse(Target.NONE);
        }
    }

    /** Reads {@code score}, made from {@code template}. */
    public static ReadinessOverview of(ChecklistTemplate template, ChecklistScore score) {
        Map<String, ChecklistLine> lines = new java.util.HashMap<>();
        template.lines().forEach(l -> lines.put(l.id(), l));
        BigDecimal total = template.totalPoints();
        BigDecimal passShare = share(template.thresholds().pass(), total);
        BigDecimal rectifyShare = share(template.thresholds().rectify(), total);
        Set<String> vetoLines = new LinkedHashSet<>();
        score.vetoes().forEach(v -> vetoLines.add(v.lineId()));

        Map<Integer, List<LineScore>> byItem = new TreeMap<>();
        for (int item = 1; item <= 9; item++) {
            byItem.put(item, new ArrayList<>());
        }
        score.lines().forEach(l -> byItem.computeIfAbsent(l.item(), k -> new ArrayList<>()).add(l));

        List<ItemStatus> items = new ArrayList<>();
        for (Map.Entry<Integer, List<LineScore>> entry : byItem.entrySet()) {
            items.add(item(entry.getKey(), entry.getValue(), vetoLines, passShare, rectifyShare));
        }
        List<NextStep> steps = new ArrayList<>();
        for (LineScore line : score.lines()) {
            boolean veto = vetoLines.contains(line.id());
            if (line.notApplicable() || (line.deducted().signum() <= 0 && !veto)) {
                continue;
            }
            int work = (int) Math.max(1, line.charges().stream().map(c -> c.target() == Target.NONE
                    ? c.what() : c.target().kind() + ":" + c.target().id()).distinct().count());
            ChecklistLine source = lines.get(line.id());
            steps.add(new NextStep(line.id(), line.item(), source == null ? "" : source.criterion(),
                    line.deducted(), work, line.deducted().divide(BigDecimal.valueOf(work), 4, RoundingMode.HALF_UP),
                    veto, line.charges()));
        }
        steps.sort(Comparator.comparing(NextStep::veto).reversed()
                .thenComparing(NextStep::gainPerWork, Comparator.reverseOrder())
                .thenComparing(NextStep::gain, Comparator.reverseOrder())
                .thenComparing(NextStep::lineId));
        return new ReadinessOverview(score, items, steps);
    }

    private static ItemStatus item(int item, List<LineScore> lines, Set<String> vetoLines, BigDecimal passShare,
                                   BigDecimal rectifyShare) {
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal deducted = BigDecimal.ZERO;
        boolean vetoed = false;
        int unjudged = 0;
        List<Charge> charges = new ArrayList<>();
        for (LineScore line : lines) {
            vetoed |= vetoLines.contains(line.id());
            if (!line.judged()) {
                unjudged++;
            }
            if (line.notApplicable()) {
                continue;
            }
            points = points.add(line.points());
            earned = earned.add(line.score());
            deducted = deducted.add(line.deducted());
            charges.addAll(line.charges());
        }
        charges.sort(Comparator.comparing(Charge::points, Comparator.reverseOrder()));
        Status status;
        if (vetoed) {
            status = Status.BAD;
        } else if (points.signum() == 0) {
            status = Status.GOOD;
        } else {
            BigDecimal share = earned.divide(points, 4, RoundingMode.HALF_UP);
            status = share.compareTo(passShare) >= 0 ? Status.GOOD
                    : share.compareTo(rectifyShare) >= 0 ? Status.WARN : Status.BAD;
        }
        return new ItemStatus(item, Points.normal(points), Points.normal(earned), Points.normal(deducted), status,
                vetoed, unjudged, charges.subList(0, Math.min(TOP_CHARGES, charges.size())));
    }

    private static BigDecimal share(BigDecimal threshold, BigDecimal total) {
        return total.signum() == 0 ? BigDecimal.ONE : threshold.divide(total, 4, RoundingMode.HALF_UP);
    }
}
