package org.nineones.store;

import static org.nineones.store.jooq.Tables.SELF_ASSESSMENT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

/** The signed self-assessments (自评) of the enterprise: append-only, the latest first. */
public final class SelfAssessmentRepository {

    /** A self-assessment as stored; its result is the scorer's result as JSON. */
    public record Row(long id, LocalDate asOf, String templateName, String templateVersion, String templateSha256,
                      String score, String maxScore, String conclusion, String signedBy, String signedAt,
                      String resultJson) {
    }

    private final DSLContext dsl;

    SelfAssessmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records a signed self-assessment and returns its id. */
    public long insert(Row row) {
        return dsl.insertInto(SELF_ASSESSMENT)
                .set(SELF_ASSESSMENT.AS_OF, row.asOf().toString())
                .set(SELF_ASSESSMENT.TEMPLATE_NAME, row.templateName())
                .set(SELF_ASSESSMENT.TEMPLATE_VERSION, row.templateVersion())
                .set(SELF_ASSESSMENT.TEMPLATE_SHA256, row.templateSha256())
                .set(SELF_ASSESSMENT.SCORE, row.score())
                .set(SELF_ASSESSMENT.MAX_SCORE, row.maxScore())
                .set(SELF_ASSESSMENT.CONCLUSION, row.conclusion())
                .set(SELF_ASSESSMENT.SIGNED_BY, row.signedBy())
                .set(SELF_ASSESSMENT.SIGNED_AT, row.signedAt())
                .set(SELF_ASSESSMENT.RESULT_JSON, row.resultJson())
                .returningResult(SELF_ASSESSMENT.ID).fetchOne().value1().longValue();
    }

    /** Every self-assessment, the latest signed first. */
    public List<Row> all() {
        return dsl.selectFrom(SELF_ASSESSMENT).orderBy(SELF_ASSESSMENT.ID.desc()).fetch(SelfAssessmentRepository::row);
    }

    public Optional<Row> find(long id) {
        return dsl.selectFrom(SELF_ASSESSMENT).where(SELF_ASSESSMENT.ID.eq((int) id)).fetchOptional(
                SelfAssessmentRepository::row);
    }

    /**
     * The day of the enterprise's first record: the earliest day any record carries as its own (a content version
     * made or in force, a letter signed, a training session, an exam, a reward or penalty, an assessment period, an
     * interview, a record of duty performance). Empty when there is none.
     */
    public Optional<LocalDate> firstRecordDay() {
        Object day = dsl.fetchValue("SELECT min(d) FROM ("
                + " SELECT min(substr(created_at, 1, 10)) AS d FROM post_content_version"
                + " UNION ALL SELECT min(effective_from) FROM post_content_version"
                + " UNION ALL SELECT min(signed_on) FROM letter_signature"
                + " UNION ALL SELECT min(held_on) FROM training_session"
                + " UNION ALL SELECT min(held_on) FROM exam"
                + " UNION ALL SELECT min(occurred_on) FROM reward_entry"
                + " UNION ALL SELECT min(starts_on) FROM assessment_period"
                + " UNION ALL SELECT min(held_on) FROM interview"
                + " UNION ALL SELECT min(recorded_on) FROM duty_record)");
        return day == null ? Optional.empty() : Optional.of(LocalDate.parse(day.toString()));
    }

    private static Row row(org.nineones.store.jooq.tables.records.SelfAssessmentRecord r) {
        return new Row(r.getId().longValue(), IsoDates.date(r.getAsOf()), r.getTemplateName(),
                r.getTemplateVersion(), r.getTemplateSha256(), r.getScore(), r.getMaxScore(), r.getConclusion(),
                r.getSignedBy(), r.getSignedAt(), r.getResultJson());
    }
}
