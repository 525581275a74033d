package org.nineones.model.inspection;

import java.math.BigDecimal;

import org.nineones.model.acceptance.Points;

/**
 * The inspector's change of a checklist line's score in an inspection (issue 13, the review), final once recorded:
 * the template's name and the line id it is kept by, the score given ({@code null}: the line taken back to the score
 * the records give), the reason, which is never empty, who changed it and when (UTC, as SQLite writes it). The latest
 * change of a line is the one in force; the earlier ones are its history.
 */
public record ScoreChange(long id, String templateName, String lineId, BigDecimal score, String reason,
                          String changedBy, String changedAt) {

    public ScoreChange {
        score = Points.normal(score);
        reason = reason == null ? "" : reason;
    }

    /** True when this change takes the line back to its computed score. */
    public boolean restores() {
        return score == null;
    }
}
