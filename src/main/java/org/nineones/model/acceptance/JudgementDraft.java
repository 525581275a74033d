package org.nineones.model.acceptance;

import java.math.BigDecimal;
import java.util.List;

/**
 * A judgement of a checklist line as a person enters it: the verdict, its points (deducted or given; null for the
 * other verdicts), the note, who judges (blank: the workspace's user) and the records of duty performance it rests
 * on, by id.
 */
public record JudgementDraft(Verdict verdict, BigDecimal points, String note, String judgedBy, List<Long> recordIds) {

    public JudgementDraft {
        points = Points.normal(points);
        note = note == null ? "" : note.strip();
        judgedBy = judgedBy == null ? "" : judgedBy.strip();
        recordIds = recordIds == null ? List.of() : List.copyOf(recordIds);
    }
}
