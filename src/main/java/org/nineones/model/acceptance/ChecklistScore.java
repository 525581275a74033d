package org.nineones.model.acceptance;

import java.math.BigDecimal;
import java.util.List;

/**
 * A checklist scored: the template's name and version, every line, the points earned, the points of the lines
 * marked 缺项, the template's total points, the score (earned ÷ (total − 缺项) × total, one decimal), the conclusion
 * the score reaches by the thresholds, the conclusion after the vetoes, and the vetoes triggered.
 */
public record ChecklistScore(String templateName, String templateVersion, List<LineScore> lines, BigDecimal earned,
                             BigDecimal notApplicablePoints, BigDecimal totalPoints, BigDecimal score,
                             Conclusion scoreConclusion, Conclusion conclusion, List<VetoHit> vetoes) {

    public ChecklistScore {
        lines = List.copyOf(lines);
        vetoes = List.copyOf(vetoes);
    }

    /** The lines a person still has to judge. */
    public List<LineScore> unjudged() {
        return lines.stream().filter(l -> !l.judged()).toList();
    }
}
