package org.nineones.service.inspection.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.inspection.Inspection;

/**
 * 评分表: the checklist the package was reviewed against, every line with the enterprise's self-score and the
 * inspector's score side by side and the inspector's reason, the totals and conclusions of both, the vetoes, and the
 * 扣分点及原因说明 table. The enterprise's columns are printed as given, never recomputed.
 *
 * @param scoredOn       the day the inspector scored it
 * @param totalPoints    the checklist's points (100 for the default)
 * @param selfScore      the enterprise's signed total, or null when the package has no signed self-assessment
 * @param selfConclusion the enterprise's conclusion, or null with {@code selfScore}
 * @param score          the inspector's total (after 缺项 scaling)
 * @param vetoes         the vetoes the inspector found
 * @param inspectors     the inspectors' names, for the signature line
 */
public record ScoringSheet(Inspection inspection, String templateName, String templateVersion, LocalDate scoredOn,
                           List<Line> lines, BigDecimal totalPoints, BigDecimal selfScore, Conclusion selfConclusion,
                           BigDecimal score, Conclusion conclusion, List<VetoLine> vetoes, List<Deduction> deductions,
                           List<String> inspectors) implements InspectionPrintout {

    /**
     * One checklist line. {@code points} is null for a veto line, which is scored by {@code selfVetoed} and
     * {@code vetoed} instead; {@code selfScore} is null when the enterprise gave none; {@code notApplicable} marks
     * 缺项; {@code reason} is the inspector's reason for a score that differs from the enterprise's (or the note on a
     * manual line), empty otherwise.
     */
    public record Line(String id, String item, String criterion, BigDecimal points, BigDecimal selfScore,
                       BigDecimal score, boolean notApplicable, boolean selfVetoed, boolean vetoed, String reason) {

        public Line {
            id = Texts.orEmpty(id);
            item = Texts.orEmpty(item);
            criterion = Texts.orEmpty(criterion);
            reason = Texts.orEmpty(reason);
        }

        /** A line with points. */
        public static Line scored(String id, String item, String criterion, BigDecimal points, BigDecimal selfScore,
                                  BigDecimal score, String reason) {
            return new Line(id, item, criterion, points, selfScore, score, false, false, false, reason);
        }

        /** A veto line (no points): whether the enterprise and the inspector found it failed. */
        public static Line veto(String id, String item, String criterion, boolean selfVetoed, boolean vetoed,
                                String reason) {
            return new Line(id, item, criterion, null, null, null, false, selfVetoed, vetoed, reason);
        }

        public boolean vetoLine() {
            return points == null;
        }
    }

    /**
     * A row of 扣分点及原因说明: the line, the points the inspector deducted, why, and the records it rests on (the
     * posts, people or files; empty when none).
     */
    public record Deduction(String lineId, BigDecimal deducted, String reason, String basis) {

        public Deduction {
            lineId = Texts.orEmpty(lineId);
            Objects.requireNonNull(deducted, "deducted");
            reason = Texts.orEmpty(reason);
            basis = Texts.orEmpty(basis);
        }
    }

    public ScoringSheet {
        Objects.requireNonNull(inspection, "inspection");
        Objects.requireNonNull(scoredOn, "scoredOn");
        Objects.requireNonNull(totalPoints, "totalPoints");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(conclusion, "conclusion");
        templateName = Texts.orEmpty(templateName);
        templateVersion = Texts.orEmpty(templateVersion);
        lines = Texts.copy(lines);
        vetoes = Texts.copy(vetoes);
        deductions = Texts.copy(deductions);
        inspectors = Texts.copy(inspectors);
    }
}
