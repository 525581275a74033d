package org.nineones.store;

import static org.nineones.store.jooq.Tables.LINE_JUDGEMENT;
import static org.nineones.store.jooq.Tables.LINE_JUDGEMENT_RECORD;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.nineones.model.acceptance.LineJudgement;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.Verdict;

/**
 * The enterprise's judgements of checklist lines (V9): append-only, final (triggers refuse an update or a delete).
 * Keyed by the template's name and the line id; the latest row of a line is the judgement in force.
 */
public final class LineJudgementRepository {

    /** A judgement to write; {@code judgedBy} blank: the workspace's user. */
    public record NewJudgement(String templateName, String templateVersion, String lineId, Verdict verdict,
                               BigDecimal points, String note, String judgedBy, List<Long> recordIds) {
    }

    private final DSLContext dsl;
    private final String actor;

    LineJudgementRepository(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    /** Writes one judgement with the records it rests on, in the order given; returns its id. */
    public long insert(NewJudgement j) {
        String by = j.judgedBy() == null || j.judgedBy().isBlank() ? actor : j.judgedBy().strip();
        dsl.insertInto(LINE_JUDGEMENT)
                .set(LINE_JUDGEMENT.TEMPLATE_NAME, j.templateName())
                .set(LINE_JUDGEMENT.TEMPLATE_VERSION, j.templateVersion() == null ? "" : j.templateVersion())
                .set(LINE_JUDGEMENT.LINE_ID, j.lineId())
                .set(LINE_JUDGEMENT.VERDICT, j.verdict().name())
                .set(LINE_JUDGEMENT.POINTS, j.points() == null ? null : Points.text(j.points()))
                .set(LINE_JUDGEMENT.NOTE, j.note() == null ? "" : j.note())
                .set(LINE_JUDGEMENT.JUDGED_BY, by)
                .execute();
        long id = Ids.lastInserted(dsl);
        for (int i = 0; i < j.recordIds().size(); i++) {
            dsl.insertInto(LINE_JUDGEMENT_RECORD).set(LINE_JUDGEMENT_RECORD.JUDGEMENT_ID, (int) id)
                    .set(LINE_JUDGEMENT_RECORD.POSITION, i)
                    .set(LINE_JUDGEMENT_RECORD.DUTY_RECORD_ID, j.recordIds().get(i).intValue()).execute();
        }
        return id;
    }

    /** Every judgement of the template's lines, oldest first (so the last of a line is the one in force). */
    public List<LineJudgement> of(String templateName) {
        return read(LINE_JUDGEMENT.TEMPLATE_NAME.eq(templateName));
    }

    /** Every judgement of one line of the template, oldest first. */
    public List<LineJudgement> of(String templateName, String lineId) {
        return read(LINE_JUDGEMENT.TEMPLATE_NAME.eq(templateName).and(LINE_JUDGEMENT.LINE_ID.eq(lineId)));
    }

    private List<LineJudgement> read(Condition where) {
        Map<Long, List<Long>> records = new HashMap<>();
        dsl.select(LINE_JUDGEMENT_RECORD.JUDGEMENT_ID, LINE_JUDGEMENT_RECORD.DUTY_RECORD_ID)
                .from(LINE_JUDGEMENT_RECORD).join(LINE_JUDGEMENT)
                .on(LINE_JUDGEMENT.ID.eq(LINE_JUDGEMENT_RECORD.JUDGEMENT_ID)).where(where)
                .orderBy(LINE_JUDGEMENT_RECORD.JUDGEMENT_ID, LINE_JUDGEMENT_RECORD.POSITION)
                .forEach(r -> records.computeIfAbsent(r.value1().longValue(), k -> new ArrayList<>())
                        .add(r.value2().longValue()));
        return dsl.selectFrom(LINE_JUDGEMENT).where(where).orderBy(LINE_JUDGEMENT.ID)
                .fetch(r -> new LineJudgement(r.getId(), r.getTemplateName(), r.getTemplateVersion(), r.getLineId(),
                        Verdict.valueOf(r.getVerdict()), r.getPoints() == null ? null : new BigDecimal(r.getPoints()),
                        r.getNote(), r.getJudgedBy(), r.getJudgedAt(),
                        records.getOrDefault(r.getId().longValue(), List.of())));
    }
}
