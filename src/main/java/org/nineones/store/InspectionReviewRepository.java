package org.nineones.store;

import static org.nineones.store.inspection.jooq.Tables.REVIEW_ATTACHMENT;
import static org.nineones.store.inspection.jooq.Tables.REVIEW_FINDING;
import static org.nineones.store.inspection.jooq.Tables.REVIEW_JUDGEMENT;
import static org.nineones.store.inspection.jooq.Tables.REVIEW_RECORD;
import static org.nineones.store.inspection.jooq.Tables.REVIEW_SCORE_CHANGE;
import static org.nineones.store.inspection.jooq.Tables.REVIEW_TEMPLATE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.nineones.model.Sha256;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.acceptance.LineJudgement;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.ScoreJson;
import org.nineones.model.acceptance.Verdict;
import org.nineones.model.inspection.ChosenTemplate;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.model.inspection.OnSiteRecord;
import org.nineones.model.inspection.ReviewAttachment;
import org.nineones.model.inspection.ScoreChange;
import org.nineones.model.inspection.SignedRecord;

/**
 * The inspector's review of an inspection (issue 13, points 3, 5 and 6; {@code db/inspection/V2__review.sql}): the
 * template chosen, the score changes and judgements of lines, their photos, the findings and the signed on-site
 * record. Every row is final; the latest of a line is in force; nothing is added once the record is signed (the
 * file's triggers refuse it too). Reached through {@link InspectionRepository#review()}.
 */
public final class InspectionReviewRepository {

    /** A judgement of a line to record: the verdict, its points (null for verdicts without), the note. */
    public record NewJudgement(String templateName, String templateVersion, String lineId, Verdict verdict,
                               BigDecimal points, String note) {
    }

    /** A file to keep: its name and bytes. */
    public record NewAttachment(String fileName, byte[] content) {
    }

    private final DSLContext dsl;
    private final String actor;

    InspectionReviewRepository(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    /** Who the file's writes are made by (the computer's user). */
    public String actor() {
        return actor;
    }

    // ---- the template

    public long chooseTemplate(long inspectionId, String source, String fileName, String name, String version,
                               String sha256, String json) {
        dsl.insertInto(REVIEW_TEMPLATE).set(REVIEW_TEMPLATE.INSPECTION_ID, (int) inspectionId)
                .set(REVIEW_TEMPLATE.SOURCE, source).set(REVIEW_TEMPLATE.FILE_NAME, fileName == null ? "" : fileName)
                .set(REVIEW_TEMPLATE.NAME, name).set(REVIEW_TEMPLATE.VERSION, version)
                .set(REVIEW_TEMPLATE.SHA256, sha256).set(REVIEW_TEMPLATE.JSON, json)
                .set(REVIEW_TEMPLATE.CHOSEN_BY, actor).execute();
        return Ids.lastInserted(dsl);
    }

    /** The template chosen last, if any. */
    public Optional<ChosenTemplate> template(long inspectionId) {
        return dsl.selectFrom(REVIEW_TEMPLATE).where(REVIEW_TEMPLATE.INSPECTION_ID.eq((int) inspectionId))
                .orderBy(REVIEW_TEMPLATE.ID.desc()).limit(1)
                .fetchOptional(r -> new ChosenTemplate(r.getId(), r.getSource(), r.getFileName(), r.getName(),
                        r.getVersion(), r.getSha256(), r.getChosenBy(), r.getChosenAt()));
    }

    /** The canonical JSON of a chosen template. */
    public String templateJson(long chosenId) {
        return dsl.select(REVIEW_TEMPLATE.JSON).from(REVIEW_TEMPLATE).where(REVIEW_TEMPLATE.ID.eq((int) chosenId))
                .fetchOne(r -> r.value1());
    }

    // ---- score changes

    public long changeScore(long inspectionId, String templateName, String lineId, BigDecimal score, String reason) {
        dsl.insertInto(REVIEW_SCORE_CHANGE).set(REVIEW_SCORE_CHANGE.INSPECTION_ID, (int) inspectionId)
                .set(REVIEW_SCORE_CHANGE.TEMPLATE_NAME, templateName).set(REVIEW_SCORE_CHANGE.LINE_ID, lineId)
                .set(REVIEW_SCORE_CHANGE.SCORE, score == null ? null : Points.text(score))
                .set(REVIEW_SCORE_CHANGE.REASON, reason).set(REVIEW_SCORE_CHANGE.CHANGED_BY, actor).execute();
        return Ids.lastInserted(dsl);
    }

    /** Every score change of the inspection under the template's name, the oldest first. */
    public List<ScoreChange> scoreChanges(long inspectionId, String templateName) {
        return dsl.selectFrom(REVIEW_SCORE_CHANGE).where(REVIEW_SCORE_CHANGE.INSPECTION_ID.eq((int) inspectionId)
                        .and(REVIEW_SCORE_CHANGE.TEMPLATE_NAME.eq(templateName))).orderBy(REVIEW_SCORE_CHANGE.ID)
                .fetch(r -> new ScoreChange(r.getId(), r.getTemplateName(), r.getLineId(),
                        r.getScore() == null ? null : new BigDecimal(r.getScore()), r.getReason(), r.getChangedBy(),
                        r.getChangedAt()));
    }

    // ---- judgements and their files

    public long judge(long inspectionId, NewJudgement j) {
        dsl.insertInto(REVIEW_JUDGEMENT).set(REVIEW_JUDGEMENT.INSPECTION_ID, (int) inspectionId)
                .set(REVIEW_JUDGEMENT.TEMPLATE_NAME, j.templateName())
                .set(REVIEW_JUDGEMENT.TEMPLATE_VERSION, j.templateVersion()).set(REVIEW_JUDGEMENT.LINE_ID, j.lineId())
                .set(REVIEW_JUDGEMENT.VERDICT, j.verdict().name())
                .set(REVIEW_JUDGEMENT.POINTS, j.points() == null ? null : Points.text(j.points()))
                .set(REVIEW_JUDGEMENT.NOTE, j.note() == null ? "" : j.note())
                .set(REVIEW_JUDGEMENT.JUDGED_BY, actor).execute();
        return Ids.lastInserted(dsl);
    }

    /** Every judgement of the inspection under the template's name, the oldest first (no records of duty). */
    public List<LineJudgement> judgements(long inspectionId, String templateName) {
        return dsl.selectFrom(REVIEW_JUDGEMENT).where(REVIEW_JUDGEMENT.INSPECTION_ID.eq((int) inspectionId)
                        .and(REVIEW_JUDGEMENT.TEMPLATE_NAME.eq(templateName))).orderBy(REVIEW_JUDGEMENT.ID)
                .fetch(r -> new LineJudgement(r.getId(), r.getTemplateName(), r.getTemplateVersion(), r.getLineId(),
                        Verdict.valueOf(r.getVerdict()), r.getPoints() == null ? null : new BigDecimal(r.getPoints()),
                        r.getNote(), r.getJudgedBy(), r.getJudgedAt(), List.of()));
    }

    /** Keeps files owned by the row {@code ownerId} of {@code ownerKind}, in the order given. */
    public List<ReviewAttachment> attach(long inspectionId, String ownerKind, long ownerId, List<NewAttachment> files) {
        for (int i = 0; i < files.size(); i++) {
            NewAttachment f = files.get(i);
            dsl.insertInto(REVIEW_ATTACHMENT).set(REVIEW_ATTACHMENT.INSPECTION_ID, (int) inspectionId)
                    .set(REVIEW_ATTACHMENT.OWNER_KIND, ownerKind).set(REVIEW_ATTACHMENT.OWNER_ID, (int) ownerId)
                    .set(REVIEW_ATTACHMENT.POSITION, i).set(REVIEW_ATTACHMENT.FILE_NAME, f.fileName())
                    .set(REVIEW_ATTACHMENT.SHA256, Sha256.hex(f.content()))
                    .set(REVIEW_ATTACHMENT.SIZE, (long) f.content().length).set(REVIEW_ATTACHMENT.CONTENT, f.content())
                    .set(REVIEW_ATTACHMENT.ADDED_BY, actor).execute();
        }
        return attachments(inspectionId, ownerKind).stream().filter(a -> a.ownerId() == ownerId).toList();
    }

    /** The files of the inspection owned by rows of {@code ownerKind}, by owner then position, without bytes. */
    public List<ReviewAttachment> attachments(long inspectionId, String ownerKind) {
        return dsl.select(REVIEW_ATTACHMENT.ID, REVIEW_ATTACHMENT.OWNER_KIND, REVIEW_ATTACHMENT.OWNER_ID,
                        REVIEW_ATTACHMENT.POSITION, REVIEW_ATTACHMENT.FILE_NAME, REVIEW_ATTACHMENT.SHA256,
                        REVIEW_ATTACHMENT.SIZE, REVIEW_ATTACHMENT.ADDED_BY, REVIEW_ATTACHMENT.ADDED_AT)
                .from(REVIEW_ATTACHMENT).where(REVIEW_ATTACHMENT.INSPECTION_ID.eq((int) inspectionId)
                        .and(REVIEW_ATTACHMENT.OWNER_KIND.eq(ownerKind)))
                .orderBy(REVIEW_ATTACHMENT.OWNER_ID, REVIEW_ATTACHMENT.POSITION)
                .fetch(r -> new ReviewAttachment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }

    /** The bytes of a kept file. */
    public Optional<byte[]> attachmentContent(long attachmentId) {
        return dsl.select(REVIEW_ATTACHMENT.CONTENT).from(REVIEW_ATTACHMENT)
                .where(REVIEW_ATTACHMENT.ID.eq((int) attachmentId)).fetchOptional(r -> r.value1());
    }

    // ---- findings

    public InspectionFinding addFinding(long inspectionId, InspectionFinding f) {
        dsl.insertInto(REVIEW_FINDING).set(REVIEW_FINDING.INSPECTION_ID, (int) inspectionId)
                .set(REVIEW_FINDING.UID, f.uid()).set(REVIEW_FINDING.LINE_ID, f.lineId())
                .set(REVIEW_FINDING.SOURCE, f.source().name()).set(REVIEW_FINDING.SEEN, f.seen())
                .set(REVIEW_FINDING.REQUIREMENT, f.requirement()).set(REVIEW_FINDING.DEADLINE, f.deadline().toString())
                .set(REVIEW_FINDING.RESPONSIBLE, f.responsible()).set(REVIEW_FINDING.CREATED_BY, actor).execute();
        long id = Ids.lastInserted(dsl);
        return dsl.selectFrom(REVIEW_FINDING).where(REVIEW_FINDING.ID.eq((int) id)).fetchOne(r -> finding(r));
    }

    /** The findings of the inspection, in the order they were made. */
    public List<InspectionFinding> findings(long inspectionId) {
        return dsl.selectFrom(REVIEW_FINDING).where(REVIEW_FINDING.INSPECTION_ID.eq((int) inspectionId))
                .orderBy(REVIEW_FINDING.ID).fetch(InspectionReviewRepository::finding);
    }

    private static InspectionFinding finding(org.nineones.store.inspection.jooq.tables.records.ReviewFindingRecord r) {
        return new InspectionFinding(r.getUid(), r.getLineId(), InspectionFinding.Source.valueOf(r.getSource()),
                r.getSeen(), r.getRequirement(), LocalDate.parse(r.getDeadline()), r.getResponsible(),
                r.getCreatedBy(), r.getCreatedAt());
    }

    // ---- the signed on-site record

    public void sign(long inspectionId, OnSiteRecord rec, SignedRecord result) {
        dsl.insertInto(REVIEW_RECORD).set(REVIEW_RECORD.INSPECTION_ID, (int) inspectionId)
                .set(REVIEW_RECORD.CHECKED_AT, rec.checkedAt()).set(REVIEW_RECORD.PLACE, rec.place())
                .set(REVIEW_RECORD.CONTENT, rec.content()).set(REVIEW_RECORD.PROBLEMS, rec.problems())
                .set(REVIEW_RECORD.HANDLING, rec.handling())
                .set(REVIEW_RECORD.INSPECTORS, String.join("\n", rec.inspectors()))
                .set(REVIEW_RECORD.RESPONSIBLE_PERSON, rec.responsiblePerson())
                .set(REVIEW_RECORD.REFUSED_TO_SIGN, rec.refusedToSign() ? 1 : 0)
                .set(REVIEW_RECORD.REFUSAL_NOTE, rec.refusalNote())
                .set(REVIEW_RECORD.OPINION_NUMBER, rec.opinionNumber())
                .set(REVIEW_RECORD.OPINION_WORDS, rec.opinionWords())
                .set(REVIEW_RECORD.TEMPLATE_NAME, result.templateName())
                .set(REVIEW_RECORD.TEMPLATE_VERSION, result.templateVersion())
                .set(REVIEW_RECORD.TEMPLATE_SHA256, result.templateSha256())
                .set(REVIEW_RECORD.AS_OF, result.asOf().toString())
                .set(REVIEW_RECORD.SCORE, Points.text(result.score()))
                .set(REVIEW_RECORD.MAX_SCORE, Points.text(result.maxScore()))
                .set(REVIEW_RECORD.CONCLUSION, result.conclusion().name())
                .set(REVIEW_RECORD.RESULT, new ScoreJson().write(result.result()))
                .set(REVIEW_RECORD.SIGNED_BY, actor).execute();
    }

    /** The signed on-site record of the inspection, if it is signed. */
    public Optional<SignedRecord> signed(long inspectionId) {
        return dsl.selectFrom(REVIEW_RECORD).where(REVIEW_RECORD.INSPECTION_ID.eq((int) inspectionId))
                .fetchOptional(r -> new SignedRecord(new OnSiteRecord(r.getCheckedAt(), r.getPlace(), r.getContent(),
                        r.getProblems(), r.getHandling(), List.of(r.getInspectors().split("\n")),
                        r.getResponsiblePerson(), r.getRefusedToSign() == 1, r.getRefusalNote(),
                        r.getOpinionNumber(), r.getOpinionWords()),
                        r.getTemplateName(), r.getTemplateVersion(), r.getTemplateSha256(),
                        LocalDate.parse(r.getAsOf()), new BigDecimal(r.getScore()), new BigDecimal(r.getMaxScore()),
                        Conclusion.valueOf(r.getConclusion()), new ScoreJson().read(r.getResult()), r.getSignedBy(),
                        r.getSignedAt()));
    }

    /** Whether the inspection's on-site record is signed. */
    public boolean isSigned(long inspectionId) {
        return dsl.fetchExists(REVIEW_RECORD, REVIEW_RECORD.INSPECTION_ID.eq((int) inspectionId));
    }
}
