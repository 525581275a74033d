package org.nineones.model.acceptance;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line scored: its points (0 for a veto line), the points deducted and the score (both 0 when the line is
 * 缺项), whether it is 缺项, its evidence, whether it is judged (a manual line not yet judged counts its full points),
 * every deduction with its reason, what limited the deduction, the judge's note, and its veto when triggered.
 */
public record LineScore(String id, int item, BigDecimal points, BigDecimal deducted, BigDecimal score,
                        boolean notApplicable, Evidence evidence, boolean judged, List<Charge> charges,
                        LineLimit limit, String note, VetoHit veto) {

    public LineScore {
        points = Points.normal(points);
        deducted = Points.normal(deducted);
        score = Points.normal(score);
        charges = charges == null ? List.of() : List.copyOf(charges);
        limit = limit == null ? LineLimit.NONE : limit;
        note = note == null ? "" : note;
    }
}
