package org.nineones.model.acceptance;

import java.math.BigDecimal;
import java.util.List;

/**
 * One stored judgement of a checklist line by the enterprise, final once recorded: the template's name (a judgement
 * carries over to a newer version of the same template while the line id still exists there) and the version judged
 * against, the line id, the verdict with its points (deducted or given; null for other verdicts), the note, who
 * judged and when (UTC, as SQLite writes it), and the records of duty performance (专档记录) it rests on, by id. The
 * latest judgement of a line is the one in force; the earlier ones are its history.
 */
public record LineJudgement(long id, String templateName, String templateVersion, String lineId, Verdict verdict,
                            BigDecimal points, String note, String judgedBy, String judgedAt, List<Long> recordIds) {

    public LineJudgement {
        points = Points.normal(points);
        note = note == null ? "" : note;
        recordIds = recordIds == null ? List.of() : List.copyOf(recordIds);
    }

    /**
     * The judgement as the scorer takes it; null for 缺项 (the scorer takes those apart) and for a line taken back to
     * not judged.
     */
    public ManualJudgement toManual() {
        List<String> refs = recordIds.stream().map(String::valueOf).toList();
        return switch (verdict) {
            case CONFIRMED -> new ManualJudgement(null, null, note, true, null, refs);
            case DEDUCTED -> new ManualJudgement(points, null, note, true, null, refs);
            case SCORED -> new ManualJudgement(null, points, note, true, null, refs);
            case VETO_FAILED -> new ManualJudgement(null, null, note, true, true, refs);
            case VETO_MET -> new ManualJudgement(null, null, note, true, false, refs);
            case NOT_APPLICABLE, NOT_JUDGED -> null;
        };
    }
}
