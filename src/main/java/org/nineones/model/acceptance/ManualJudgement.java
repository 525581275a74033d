package org.nineones.model.acceptance;

import java.math.BigDecimal;
import java.util.List;

/**
 * A person's judgement of one checklist line (evidence M or A+M): either the points deducted or the score given
 * (at most one; neither confirms what the records show), or, on a veto line, whether it failed ({@code failed} null:
 * as the records show); a note; whether the line is judged at all; references to attachments (photos, scans) stored
 * elsewhere.
 */
public record ManualJudgement(BigDecimal deducted, BigDecimal score, String note, boolean judged, Boolean failed,
                              List<String> attachments) {

    public ManualJudgement {
        if (deducted != null && score != null) {
            throw new IllegalArgumentException("a judgement gives the points deducted or the score, not both");
        }
        deducted = Points.normal(deducted);
        score = Points.normal(score);
        note = note == null ? "" : note.strip();
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** Not judged yet: a manual line counts its full points. */
    public static ManualJudgement notJudged() {
        return new ManualJudgement(null, null, "", false, null, List.of());
    }

    /** Judged: what the records show stands. */
    public static ManualJudgement confirmed(String note) {
        return new ManualJudgement(null, null, note, true, null, List.of());
    }

    /** Judged: {@code points} deducted in place of what the records show. */
    public static ManualJudgement deducting(BigDecimal points, String note) {
        return new ManualJudgement(points, null, note, true, null, List.of());
    }

    /** Judged: the line scores {@code points}. */
    public static ManualJudgement scoring(BigDecimal points, String note) {
        return new ManualJudgement(null, points, note, true, null, List.of());
    }

    /** Judged, on a veto line: failed ({@code true}) or met ({@code false}). */
    public static ManualJudgement veto(boolean failed, String note) {
        return new ManualJudgement(null, null, note, true, failed, List.of());
    }
}
