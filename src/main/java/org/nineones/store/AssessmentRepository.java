package org.nineones.store;

import static org.nineones.store.jooq.Tables.ASSESSMENT;
import static org.nineones.store.jooq.Tables.ASSESSMENT_ITEM;
import static org.nineones.store.jooq.Tables.ASSESSMENT_PERIOD;
import static org.nineones.store.jooq.Tables.ATTACHMENT;
import static org.nineones.store.jooq.Tables.INTERVIEW;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.nineones.store.jooq.tables.records.AssessmentItemRecord;
import org.nineones.store.jooq.tables.records.AssessmentRecord;

/**
 * Periodic assessments (V3): periods, one assessment per person and period scored item by item, the scan of a signed
 * form, interviews. An OPEN assessment and its items may be updated; a CLOSED one never (the triggers refuse it too):
 * it is corrected by a new row whose {@code correctsId} names it. Kinds, statuses and ratings are the schema's codes.
 */
public final class AssessmentRepository {

    /** A period: {@code kind} MONTH, QUARTER or YEAR; days as yyyy-MM-dd. */
    public record PeriodRow(long id, String kind, String startsOn, String endsOn) {
    }

    /** One assessment row as stored. Days as yyyy-MM-dd or null; times UTC text. */
    public record Row(long id, long periodId, long employeeId, long postId, Long dutyListVersionId, String status,
                      Double score, Double maxScore, String rating, String assessor, String assessorSignedOn,
                      String assesseeSignedOn, Long attachmentId, boolean voided, Long correctsId,
                      String correctionReason, String recordedBy, String recordedAt, String closedAt) {

        public boolean closed() {
            return "CLOSED".equals(status);
        }
    }

    /** One item of an assessment: {@code points} null while not scored. */
    public record Item(int position, String duty, String standard, double maxPoints, Double points, String note) {
    }

    /** A recorded interview (约谈). */
    public record InterviewRow(long id, long employeeId, long assessmentId, String heldOn, String heldBy, String note,
                               String recordedBy, String recordedAt) {
    }

    private static final Field<String> NOW = DSL.field("CURRENT_TIMESTAMP", String.class);
    private static final String SELECT_ALL_SQL = "SELECT id, period_id, employee_id, post_id, duty_list_version_id, "
            + "status, score, max_score, rating, assessor, assessor_signed_on, assessee_signed_on, attachment_id, "
            + "voided, corrects_id, correction_reason, recorded_by, recorded_at, closed_at FROM assessment ORDER BY id";

    private final DSLContext dsl;
    private final String actor;

    AssessmentRepository(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    public Optional<PeriodRow> period(String kind, String startsOn) {
        return dsl.selectFrom(ASSESSMENT_PERIOD)
                .where(ASSESSMENT_PERIOD.KIND.eq(kind).and(ASSESSMENT_PERIOD.STARTS_ON.eq(startsOn)))
                .fetchOptional(r -> new PeriodRow(r.getId(), r.getKind(), r.getStartsOn(), r.getEndsOn()));
    }

    public Optional<PeriodRow> period(long id) {
        return dsl.selectFrom(ASSESSMENT_PERIOD).where(ASSESSMENT_PERIOD.ID.eq((int) id))
                .fetchOptional(r -> new PeriodRow(r.getId(), r.getKind(), r.getStartsOn(), r.getEndsOn()));
    }

    /** Every period, newest first. */
    public List<PeriodRow> periods() {
        return dsl.selectFrom(ASSESSMENT_PERIOD).orderBy(ASSESSMENT_PERIOD.STARTS_ON.desc(), ASSESSMENT_PERIOD.KIND)
                .fetch(r -> new PeriodRow(r.getId(), r.getKind(), r.getStartsOn(), r.getEndsOn()));
    }

    public PeriodRow insertPeriod(String kind, String startsOn, String endsOn) {
        dsl.insertInto(ASSESSMENT_PERIOD)
                .set(ASSESSMENT_PERIOD.KIND, kind)
                .set(ASSESSMENT_PERIOD.STARTS_ON, startsOn)
                .set(ASSESSMENT_PERIOD.ENDS_ON, endsOn)
                .execute();
        return new PeriodRow(Ids.lastInserted(dsl), kind, startsOn, endsOn);
    }

    /** Adds an OPEN assessment (a correction when {@code correctsId} is set) with its items; returns its id. */
    public long insertOpen(long periodId, long employeeId, long postId, Long dutyListVersionId, Long correctsId,
                           String correctionReason, List<Item> items) {
        dsl.insertInto(ASSESSMENT)
                .set(ASSESSMENT.PERIOD_ID, (int) periodId)
                .set(ASSESSMENT.EMPLOYEE_ID, (int) employeeId)
                .set(ASSESSMENT.POST_ID, (int) postId)
                .set(ASSESSMENT.DUTY_LIST_VERSION_ID, dutyListVersionId == null ? null : dutyListVersionId.intValue())
                .set(ASSESSMENT.STATUS, "OPEN")
                .set(ASSESSMENT.CORRECTS_ID, correctsId == null ? null : correctsId.intValue())
                .set(ASSESSMENT.CORRECTION_REASON, correctionReason)
                .set(ASSESSMENT.RECORDED_BY, actor)
                .execute();
        long id = Ids.lastInserted(dsl);
        for (Item item : items) {
            dsl.insertInto(ASSESSMENT_ITEM)
                    .set(ASSESSMENT_ITEM.ASSESSMENT_ID, (int) id)
                    .set(ASSESSMENT_ITEM.POSITION, item.position())
                    .set(ASSESSMENT_ITEM.DUTY, item.duty())
                    .set(ASSESSMENT_ITEM.STANDARD, item.standard())
                    .set(ASSESSMENT_ITEM.MAX_POINTS, (float) item.maxPoints())
                    .set(ASSESSMENT_ITEM.POINTS, item.points() == null ? null : item.points().floatValue())
                    .set(ASSESSMENT_ITEM.NOTE, item.note())
                    .execute();
        }
        return id;
    }

    /** Records the withdrawal of a closed assessment: a closed, voided row that corrects it; returns its id. */
    public long insertVoid(Row corrected, String reason) {
        dsl.insertInto(ASSESSMENT)
                .set(ASSESSMENT.PERIOD_ID, (int) corrected.periodId())
                .set(ASSESSMENT.EMPLOYEE_ID, (int) corrected.employeeId())
                .set(ASSESSMENT.POST_ID, (int) corrected.postId())
                .set(ASSESSMENT.DUTY_LIST_VERSION_ID, corrected.dutyListVersionId() == null ? null
                        : corrected.dutyListVersionId().intValue())
                .set(ASSESSMENT.STATUS, "CLOSED")
                .set(ASSESSMENT.VOIDED, 1)
                .set(ASSESSMENT.CORRECTS_ID, (int) corrected.id())
                .set(ASSESSMENT.CORRECTION_REASON, reason)
                .set(ASSESSMENT.RECORDED_BY, actor)
                .set(ASSESSMENT.CLOSED_AT, NOW)
                .execute();
        return Ids.lastInserted(dsl);
    }

    /** Sets an item's points and note; false when the assessment is not open or has no such item. */
    public boolean updateItem(long assessmentId, int position, Double points, String note) {
        return dsl.update(ASSESSMENT_ITEM)
                .set(ASSESSMENT_ITEM.POINTS, points == null ? null : points.floatValue())
                .set(ASSESSMENT_ITEM.NOTE, note == null ? "" : note)
                .where(ASSESSMENT_ITEM.ASSESSMENT_ID.eq((int) assessmentId)
                        .and(ASSESSMENT_ITEM.POSITION.eq(position)))
                .execute() == 1;
    }

    /** Sets the points and notes of many assessments' items (by assessment id, by position) in one batch. */
    public void updateItems(java.util.Map<Long, List<Item>> byAssessment) {
        var batch = dsl.batch(dsl.update(ASSESSMENT_ITEM).set(ASSESSMENT_ITEM.POINTS, (Float) null)
                .set(ASSESSMENT_ITEM.NOTE, (String) null)
                .where(ASSESSMENT_ITEM.ASSESSMENT_ID.eq((Integer) null).and(ASSESSMENT_ITEM.POSITION.eq((Integer) null))));
        byAssessment.forEach((id, items) -> items.forEach(i -> batch.bind(
                i.points() == null ? null : i.points().floatValue(), i.note() == null ? "" : i.note(),
                (int) (long) id, i.position())));
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /** Sets an open assessment's total, maximum and rating (null while items are unscored). */
    public void updateScore(long id, Double score, Double maxScore, String rating) {
        dsl.update(ASSESSMENT)
                .set(ASSESSMENT.SCORE, score == null ? null : score.floatValue())
                .set(ASSESSMENT.MAX_SCORE, maxScore == null ? null : maxScore.floatValue())
                .set(ASSESSMENT.RATING, rating)
                .where(ASSESSMENT.ID.eq((int) id).and(ASSESSMENT.STATUS.eq("OPEN")))
                .execute();
    }

    /** Closes an open assessment with both signatures; from then on it is final. False when it was not open. */
    public boolean close(long id, double score, double maxScore, String rating, String assessor,
                         String assessorSignedOn, String assesseeSignedOn, Long attachmentId) {
        return dsl.update(ASSESSMENT)
                .set(ASSESSMENT.SCORE, (float) score)
                .set(ASSESSMENT.MAX_SCORE, (float) maxScore)
                .set(ASSESSMENT.RATING, rating)
                .set(ASSESSMENT.ASSESSOR, assessor)
                .set(ASSESSMENT.ASSESSOR_SIGNED_ON, assessorSignedOn)
                .set(ASSESSMENT.ASSESSEE_SIGNED_ON, assesseeSignedOn)
                .set(ASSESSMENT.ATTACHMENT_ID, attachmentId == null ? null : attachmentId.intValue())
                .set(ASSESSMENT.STATUS, "CLOSED")
                .set(ASSESSMENT.CLOSED_AT, NOW)
                .where(ASSESSMENT.ID.eq((int) id).and(ASSESSMENT.STATUS.eq("OPEN")))
                .execute() == 1;
    }

    /** Deletes an open correction that was never closed (the corrected record is in force again). */
    public boolean deleteOpenCorrection(long id) {
        dsl.deleteFrom(ASSESSMENT_ITEM).where(ASSESSMENT_ITEM.ASSESSMENT_ID.eq((int) id)).execute();
        return dsl.deleteFrom(ASSESSMENT).where(ASSESSMENT.ID.eq((int) id).and(ASSESSMENT.STATUS.eq("OPEN"))
                .and(ASSESSMENT.CORRECTS_ID.isNotNull())).execute() == 1;
    }

    public Optional<Row> find(long id) {
        return dsl.selectFrom(ASSESSMENT).where(ASSESSMENT.ID.eq((int) id)).fetchOptional(AssessmentRepository::row);
    }

    /** Every row of a period (originals and corrections), by id. */
    public List<Row> inPeriod(long periodId) {
        return dsl.selectFrom(ASSESSMENT).where(ASSESSMENT.PERIOD_ID.eq((int) periodId)).orderBy(ASSESSMENT.ID)
                .fetch(AssessmentRepository::row);
    }

    /** Every row, by id. */
    /** Every assessment record in id order, read through plain JDBC (the checks read thousands, twice). */
    public List<Row> all() {
        return dsl.connectionResult(c -> {
            List<Row> rows = new java.util.ArrayList<>();
            try (java.sql.PreparedStatement ps = c.prepareStatement(SELECT_ALL_SQL);
                 java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), Ids.orNull(rs, 5),
                            rs.getString(6), rounded(rs, 7), rounded(rs, 8), rs.getString(9), rs.getString(10),
                            rs.getString(11), rs.getString(12), Ids.orNull(rs, 13), rs.getInt(14) == 1,
                            Ids.orNull(rs, 15), rs.getString(16), rs.getString(17), rs.getString(18),
                            rs.getString(19)));
                }
            }
            return rows;
        });
    }

    /** A REAL column as jOOQ's generated Float gives it, rounded to cents; null when NULL. */
    private static Double rounded(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        float value = rs.getFloat(column);
        return rs.wasNull() ? null : round(value);
    }

    public List<Item> items(long assessmentId) {
        return dsl.selectFrom(ASSESSMENT_ITEM).where(ASSESSMENT_ITEM.ASSESSMENT_ID.eq((int) assessmentId))
                .orderBy(ASSESSMENT_ITEM.POSITION).fetch(AssessmentRepository::item);
    }

    /** The items of every assessment of a period, keyed by assessment id, in one query. */
    public java.util.Map<Long, List<Item>> itemsInPeriod(long periodId) {
        java.util.Map<Long, List<Item>> items = new java.util.HashMap<>();
        dsl.select(ASSESSMENT_ITEM.fields()).from(ASSESSMENT_ITEM).join(ASSESSMENT)
                .on(ASSESSMENT.ID.eq(ASSESSMENT_ITEM.ASSESSMENT_ID))
                .where(ASSESSMENT.PERIOD_ID.eq((int) periodId))
                .orderBy(ASSESSMENT_ITEM.ASSESSMENT_ID, ASSESSMENT_ITEM.POSITION)
                .fetch(r -> r.into(ASSESSMENT_ITEM))
                .forEach(r -> items.computeIfAbsent(r.getAssessmentId().longValue(), k -> new java.util.ArrayList<>())
                        .add(item(r)));
        return items;
    }

    /** Stores a scan or photo; returns its id. */
    public long insertAttachment(String fileName, String mediaType, String sha256, byte[] content) {
        return new AttachmentRepository(dsl, actor).insert(fileName, mediaType, sha256, content);
    }

    /** An attachment's file name and SHA-256, if it exists. */
    public Optional<String[]> attachmentInfo(long id) {
        return dsl.select(ATTACHMENT.FILE_NAME, ATTACHMENT.SHA256).from(ATTACHMENT).where(ATTACHMENT.ID.eq((int) id))
                .fetchOptional(r -> new String[] {r.value1(), r.value2()});
    }

    public long insertInterview(long employeeId, long assessmentId, String heldOn, String heldBy, String note) {
        dsl.insertInto(INTERVIEW)
                .set(INTERVIEW.EMPLOYEE_ID, (int) employeeId)
                .set(INTERVIEW.ASSESSMENT_ID, (int) assessmentId)
                .set(INTERVIEW.HELD_ON, heldOn)
                .set(INTERVIEW.HELD_BY, heldBy)
                .set(INTERVIEW.NOTE, note == null ? "" : note)
                .set(INTERVIEW.RECORDED_BY, actor)
                .execute();
        return Ids.lastInserted(dsl);
    }

    public List<InterviewRow> interviews() {
        return dsl.selectFrom(INTERVIEW).orderBy(INTERVIEW.ID).fetch(r -> new InterviewRow(r.getId(),
                r.getEmployeeId(), r.getAssessmentId(), r.getHeldOn(), r.getHeldBy(), r.getNote(), r.getRecordedBy(),
                r.getRecordedAt()));
    }

    private static Row row(AssessmentRecord r) {
        return new Row(r.getId(), r.getPeriodId(), r.getEmployeeId(), r.getPostId(),
                r.getDutyListVersionId() == null ? null : r.getDutyListVersionId().longValue(), r.getStatus(),
                r.getScore() == null ? null : round(r.getScore()), r.getMaxScore() == null ? null : round(r.getMaxScore()),
                r.getRating(), r.getAssessor(), r.getAssessorSignedOn(), r.getAssesseeSignedOn(),
                r.getAttachmentId() == null ? null : r.getAttachmentId().longValue(), r.getVoided() != null
                && r.getVoided() == 1, r.getCorrectsId() == null ? null : r.getCorrectsId().longValue(),
                r.getCorrectionReason(), r.getRecordedBy(), r.getRecordedAt(), r.getClosedAt());
    }

    private static Item item(AssessmentItemRecord r) {
        return new Item(r.getPosition(), r.getDuty(), r.getStandard(), round(r.getMaxPoints()),
                r.getPoints() == null ? null : round(r.getPoints()), r.getNote());
    }

    /** REAL columns come back as floats: points are kept to two decimals. */
    private static double round(Float value) {
        return Math.round(value.doubleValue() * 100) / 100.0;
    }
}
