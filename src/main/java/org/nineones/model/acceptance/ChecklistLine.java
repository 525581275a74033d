package org.nineones.model.acceptance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One line of an acceptance checklist (ACCEPTANCE.md, "A checklist line"): its stable id ({@code 1.1}), the nine-ones
 * item it belongs to (1–9, {@link NineItem}), what is checked, its points (null for a line or gate veto), the
 * deduction rule as a person reads it (考评方法) and its parameters — points per finding kind, a cap on the line's
 * deductions, the number of findings that zeroes the line, a finding kind whose presence zeroes (or, on a veto line,
 * fails) the line —, its evidence, whether it may be marked 缺项, and its veto.
 * <p>
 * The record only normalises (texts trimmed, equal numbers in one form, a veto line's 0 points as none); whether
 * the values make sense is the checklist's own check (service.acceptance.checklist.ChecklistValidator), which names
 * the line in its refusals.
 */
public record ChecklistLine(String id, int item, String criterion, BigDecimal points, String rule,
                            List<Deduction> deductions, BigDecimal cap, Integer zeroAtCount, String zeroIfMissing,
                            Evidence evidence, boolean notApplicable, Veto veto) {

    public ChecklistLine {
        id = Objects.requireNonNull(id, "id").strip();
        criterion = criterion == null ? "" : criterion.strip();
        rule = rule == null ? "" : rule.strip();
        deductions = deductions == null ? List.of() : List.copyOf(deductions);
        evidence = evidence == null ? Evidence.AUTOMATIC : evidence;
        veto = veto == null ? Veto.NONE : veto;
        zeroIfMissing = zeroIfMissing == null || zeroIfMissing.isBlank() ? null : zeroIfMissing.strip();
        points = Points.normal(points);
        if (veto.type().withoutPoints() && points != null && points.signum() == 0) {
            points = null;
        }
        cap = Points.normal(cap);
    }

    /** The line's points, 0 for a veto line. */
    public BigDecimal pointsOrZero() {
        return points == null ? BigDecimal.ZERO : points;
    }

    /** Every finding kind the line reads: its deductions' kinds, then the kind that zeroes it. */
    public List<String> findingKinds() {
        List<String> kinds = new java.util.ArrayList<>(deductions.stream().map(Deduction::finding).toList());
        if (zeroIfMissing != null && !kinds.contains(zeroIfMissing)) {
            kinds.add(zeroIfMissing);
        }
        return List.copyOf(kinds);
    }
}
