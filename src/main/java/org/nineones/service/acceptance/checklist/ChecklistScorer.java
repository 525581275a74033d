package org.nineones.service.acceptance.checklist;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.Charge;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.acceptance.Deduction;
import org.nineones.model.acceptance.Evidence;
import org.nineones.model.acceptance.Finding;
import org.nineones.model.acceptance.LineLimit;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.ManualJudgement;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.VetoHit;
import org.nineones.model.acceptance.VetoType;

/**
 * Scores a checklist (ACCEPTANCE.md, "How a score is made"); pure: no files, no workspace, exact decimals.
 * <ul>
 * <li>A line's deduction is the sum of its findings' points, limited by its {@code cap}; {@code zeroAtCount} findings
 * of its kinds, or any finding of its {@code zeroIfMissing} kind, deduct the whole line; never more than the line's
 * points (no negative line).</li>
 * <li>Evidence M: a line not yet judged counts its full points ({@code judged=false}). A+M: what the records show,
 * {@code judged=false} until a person confirms. A judged judgement giving the points deducted or the score replaces
 * what the records show (the charges stay listed). A line of evidence A takes no judgement: the records decide.</li>
 * <li>A line marked 缺项 leaves the denominator: score = earned ÷ (total − 缺项 points) × total, rounded half up to one
 * decimal, total being the template's total points (100 by default).</li>
 * <li>Conclusion by the template's thresholds; a triggered line or floor veto makes it at most 限期整改, a gate 不通过.
 * A line or gate veto is triggered by a finding of its lines' kinds or, when judged, by the judgement; a floor veto
 * when its item's score (its lines not marked 缺项) is below the percentage of the item's points.</li>
 * </ul>
 */
public final class ChecklistScorer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Messages messages;

    public ChecklistScorer(Messages messages) {
        this.messages = messages;
    }

    /**
     * Scores {@code template} against the findings by kind, the judgements by line id (lines absent: not judged) and
     * the ids of the lines marked 缺项.
     *
     * @throws ChecklistException when a judgement or 缺项 names no line of the template, a line that may not be 缺项
     *                            is marked so, a judgement is given for a line of evidence A (the records decide),
     *                            or a judgement's points lie outside 0 and the line's points
     */
    public ChecklistScore score(ChecklistTemplate template, Map<String, List<Finding>> findings,
                                Map<String, ManualJudgement> judgements, Set<String> notApplicable) {
        Map<String, List<Finding>> byKind = findings == null ? Map.of() : findings;
        Map<String, ManualJudgement> judged = judgements == null ? Map.of() : judgements;
        Set<String> na = notApplicable == null ? Set.of() : notApplicable;
        checkIds(template, judged.keySet());
        checkIds(template, na);
        List<LineScore> lines = new ArrayList<>();
        List<VetoHit> vetoes = new ArrayList<>();
        for (ChecklistLine line : template.lines()) {
            if (na.contains(line.id()) && !line.notApplicable()) {
                throw new ChecklistException(messages.get("checklist.score.notApplicableRefused", line.id()));
            }
            if (judged.containsKey(line.id()) && !line.evidence().manual()) {
                throw new ChecklistException(messages.get("checklist.score.automaticLine", line.id()));
            }
            LineScore score = na.contains(line.id()) ? notApplicableLine(line)
                    : line.veto().type().withoutPoints() ? vetoLine(line, byKind, judged.get(line.id()))
                    : pointsLine(line, byKind, judged.get(line.id()));
            lines.add(score);
            if (score.veto() != null) {
                vetoes.add(score.veto());
            }
        }
        BigDecimal earned = sum(lines.stream().filter(l -> !l.notApplicable()).map(LineScore::score).toList());
        BigDecimal naPoints = sum(lines.stream().filter(LineScore::notApplicable).map(LineScore::points).toList());
        BigDecimal total = template.totalPoints();
        BigDecimal basis = total.subtract(naPoints);
        BigDecimal score = basis.signum() <= 0 ? BigDecimal.ZERO.setScale(1)
                : earned.multiply(total).multiply(BigDecimal.TEN).divide(basis, 0, RoundingMode.HALF_UP)
                .movePointLeft(1).setScale(1, RoundingMode.UNNECESSARY);
        lines = floorVetoes(template, lines, vetoes);
        Conclusion byScore = template.thresholds().conclude(score);
        Conclusion conclusion = byScore;
        for (VetoHit veto : vetoes) {
            conclusion = conclusion.atMost(veto.type() == VetoType.GATE ? Conclusion.FAIL : Conclusion.RECTIFY);
        }
        return new ChecklistScore(template.name(), template.version(), lines, Points.normal(earned),
                Points.normal(naPoints), total, score, byScore, conclusion, vetoes);
    }

    private void checkIds(ChecklistTemplate template, Set<String> ids) {
        for (String id : ids) {
            if (template.line(id).isEmpty()) {
                throw new ChecklistException(messages.get("checklist.score.unknownLine", template.name(), id));
            }
        }
    }

    private static LineScore notApplicableLine(ChecklistLine line) {
        return new LineScore(line.id(), line.item(), line.pointsOrZero(), BigDecimal.ZERO, BigDecimal.ZERO, true,
                line.evidence(), true, List.of(), LineLimit.NONE, "", null);
    }

    private LineScore vetoLine(ChecklistLine line, Map<String, List<Finding>> byKind, ManualJudgement judgement) {
        List<Finding> seen = new ArrayList<>();
        List<Charge> charges = new ArrayList<>();
        for (String kind : line.findingKinds()) {
            for (Finding f : byKind.getOrDefault(kind, List.of())) {
                seen.add(f);
                charges.add(new Charge(kind, f.what(), f.target(), BigDecimal.ZERO));
            }
        }
        boolean isJudged = isJudged(line, judgement);
        boolean failed;
        if (isJudged && judgement != null && judgement.failed() != null) {
            failed = judgement.failed();
        } else {
            failed = line.evidence() != Evidence.MANUAL && !seen.isEmpty();
        }
        String note = judgement == null ? "" : judgement.note();
        VetoHit hit = failed ? new VetoHit(line.id(), line.item(), line.veto().type(), seen, null, note,
                line.veto().rectification()) : null;
        return new LineScore(line.id(), line.item(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false,
                line.evidence(), isJudged, charges, failed && !seen.isEmpty() ? LineLimit.ZEROED_IF_PRESENT
                : LineLimit.NONE, note, hit);
    }

    private LineScore pointsLine(ChecklistLine line, Map<String, List<Finding>> byKind, ManualJudgement judgement) {
        BigDecimal points = line.pointsOrZero();
        boolean isJudged = isJudged(line, judgement);
        String note = judgement == null ? "" : judgement.note();
        if (line.evidence() == Evidence.MANUAL && !isJudged) {
            return new LineScore(line.id(), line.item(), points, BigDecimal.ZERO, points, false, line.evidence(),
                    false, List.of(), LineLimit.NONE, note, null);
        }
        List<Charge> charges = new ArrayList<>();
        BigDecimal deducted = BigDecimal.ZERO;
        int count = 0;
        for (Deduction d : line.deductions()) {
            for (Finding f : byKind.getOrDefault(d.finding(), List.of())) {
                charges.add(new Charge(d.finding(), f.what(), f.target(), d.points()));
                deducted = deducted.add(d.points());
                count++;
            }
        }
        LineLimit limit = LineLimit.NONE;
        if (line.cap() != null && deducted.compareTo(line.cap()) > 0) {
            deducted = line.cap();
            limit = LineLimit.CAPPED;
        }
        if (line.zeroAtCount() != null && count >= line.zeroAtCount()) {
            deducted = points;
            limit = LineLimit.ZEROED_AT_COUNT;
        }
        if (line.zeroIfMissing() != null && !byKind.getOrDefault(line.zeroIfMissing(), List.of()).isEmpty()) {
            for (Finding f : byKind.get(line.zeroIfMissing())) {
                charges.add(new Charge(line.zeroIfMissing(), f.what(), f.target(), BigDecimal.ZERO));
            }
            deducted = points;
            limit = LineLimit.ZEROED_IF_PRESENT;
        }
        if (deducted.compareTo(points) > 0) {
            deducted = points;
            limit = LineLimit.LINE_POINTS;
        }
        if (isJudged && judgement != null && (judgement.deducted() != null || judgement.score() != null)) {
            BigDecimal given = judgement.deducted() != null ? judgement.deducted() : judgement.score();
            if (given.signum() < 0 || given.compareTo(points) > 0) {
                throw new ChecklistException(messages.get("checklist.score.judgementRange", line.id(),
                        Points.text(given), Points.text(points)));
            }
            deducted = judgement.deducted() != null ? given : points.subtract(given);
            limit = LineLimit.MANUAL;
        }
        return new LineScore(line.id(), line.item(), points, deducted, points.subtract(deducted), false,
                line.evidence(), isJudged, charges, limit, note, null);
    }

    private static boolean isJudged(ChecklistLine line, ManualJudgement judgement) {
        return !line.evidence().manual() || judgement != null && judgement.judged();
    }

    /** Adds the floor vetoes triggered: the item's score below the line's percentage of the item's points. */
    private static List<LineScore> floorVetoes(ChecklistTemplate template, List<LineScore> lines,
                                               List<VetoHit> vetoes) {
        List<LineScore> result = new ArrayList<>(lines);
        for (int i = 0; i < template.lines().size(); i++) {
            ChecklistLine line = template.lines().get(i);
            if (line.veto().type() != VetoType.FLOOR || lines.get(i).notApplicable()) {
                continue;
            }
            List<LineScore> item = lines.stream().filter(l -> l.item() == line.item() && !l.notApplicable()).toList();
            BigDecimal itemPoints = sum(item.stream().map(LineScore::points).toList());
            BigDecimal itemScore = sum(item.stream().map(LineScore::score).toList());
            if (itemPoints.signum() <= 0) {
                continue;
            }
            BigDecimal percent = BigDecimal.valueOf(line.veto().percent());
            if (itemScore.multiply(HUNDRED).compareTo(percent.multiply(itemPoints)) < 0) {
                BigDecimal reached = itemScore.multiply(HUNDRED).divide(itemPoints, 1, RoundingMode.HALF_UP);
                VetoHit hit = new VetoHit(line.id(), line.item(), VetoType.FLOOR, List.of(), reached,
                        lines.get(i).note(), line.veto().rectification());
                vetoes.add(hit);
                LineScore old = lines.get(i);
                result.set(i, new LineScore(old.id(), old.item(), old.points(), old.deducted(), old.score(), false,
                        old.evidence(), old.judged(), old.charges(), old.limit(), old.note(), hit));
            }
        }
        return result;
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
