package org.nineones.store;

import static org.nineones.store.jooq.Tables.ATTACHMENT;
import static org.nineones.store.jooq.Tables.LETTER_SIGNATURE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.nineones.store.jooq.tables.LetterSignature;
import org.nineones.store.jooq.tables.records.LetterSignatureRecord;

/**
 * Signed responsibility letters (责任书) and their scans. A signature row is final: the schema's triggers refuse any
 * update or delete. A mistake is mended by a correction row ({@code correctsId} naming the row it replaces, with a
 * reason; {@code voided} withdraws it). The row in force is the end of its chain and not voided (decision 0016).
 */
public final class LetterRepository {

    private static final LetterSignature S = LETTER_SIGNATURE;

    /**
     * One recorded signature or correction, as stored.
     *
     * @param dutyListVersionId the duty-list version the letter was made from, null when the post had none
     * @param counterpartId     the other party when an employee of the roster, else null (see {@code counterpartName})
     * @param correctsId        the row this one corrects, null for an original
     * @param recordedAt        UTC, as SQLite's CURRENT_TIMESTAMP writes it
     */
    public record Signature(long id, int year, long employeeId, long postId, Long dutyListVersionId, Long counterpartId,
                            String counterpartName, LocalDate signedOn, Long attachmentId, boolean voided,
                            Long correctsId, String correctionReason, String recordedBy, String recordedAt) {

        public boolean isCorrection() {
            return correctsId != null;
        }
    }

    /** A new row to insert (id, recorded_by and recorded_at are filled in here). */
    public record NewSignature(int year, long employeeId, long postId, Long dutyListVersionId, Long counterpartId,
                               String counterpartName, LocalDate signedOn, Long attachmentId, boolean voided,
                               Long correctsId, String correctionReason) {
    }

    /** A stored scan or photo, without its bytes. */
    public record AttachmentInfo(long id, String fileName, String mediaType, String sha256, long size) {
    }

    private final DSLContext dsl;
    private final String actor;

    LetterRepository(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    /** Stores a file's bytes; returns its id. */
    public long insertAttachment(String fileName, String mediaType, String sha256, byte[] content) {
        return new AttachmentRepository(dsl, actor).insert(fileName, mediaType, sha256, content);
    }

    public Optional<AttachmentInfo> attachment(long id) {
        return dsl.select(ATTACHMENT.ID, ATTACHMENT.FILE_NAME, ATTACHMENT.MEDIA_TYPE, ATTACHMENT.SHA256, ATTACHMENT.SIZE)
                .from(ATTACHMENT).where(ATTACHMENT.ID.eq((int) id)).fetchOptional()
                .map(r -> new AttachmentInfo(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public Optional<byte[]> attachmentContent(long id) {
        return dsl.select(ATTACHMENT.CONTENT).from(ATTACHMENT).where(ATTACHMENT.ID.eq((int) id)).fetchOptional(
                ATTACHMENT.CONTENT);
    }

    /** Inserts a signature or a correction; returns it as stored. */
    public Signature insert(NewSignature s) {
        int id = dsl.insertInto(S)
                .set(S.YEAR, s.year())
                .set(S.EMPLOYEE_ID, (int) s.employeeId())
                .set(S.POST_ID, (int) s.postId())
                .set(S.DUTY_LIST_VERSION_ID, toInt(s.dutyListVersionId()))
                .set(S.COUNTERPART_EMPLOYEE_ID, toInt(s.counterpartId()))
                .set(S.COUNTERPART_NAME, s.counterpartName() == null ? "" : s.counterpartName())
                .set(S.SIGNED_ON, s.signedOn().toString())
                .set(S.ATTACHMENT_ID, toInt(s.attachmentId()))
                .set(S.VOIDED, s.voided() ? 1 : 0)
                .set(S.CORRECTS_ID, toInt(s.correctsId()))
                .set(S.CORRECTION_REASON, s.correctionReason())
                .set(S.RECORDED_BY, actor)
                .returning(S.ID).fetchOne().getId();
        return find(id).orElseThrow();
    }

    public Optional<Signature> find(long id) {
        return dsl.selectFrom(S).where(S.ID.eq((int) id)).fetchOptional().map(LetterRepository::toModel);
    }

    /** True when another row corrects this one (it is no longer in force). */
    public boolean isCorrected(long id) {
        return dsl.fetchExists(dsl.selectOne().from(S).where(S.CORRECTS_ID.eq((int) id)));
    }

    /** Every row of a year, originals and corrections, in the order recorded. */
    public List<Signature> ofYear(int year) {
        return dsl.selectFrom(S).where(S.YEAR.eq(year)).orderBy(S.ID).fetch(LetterRepository::toModel);
    }

    /** Every row of every year, in the order recorded. */
    public List<Signature> all() {
        return dsl.selectFrom(S).orderBy(S.ID).fetch(LetterRepository::toModel);
    }

    /** A person's rows of every year, in the order recorded. */
    public List<Signature> ofEmployee(long employeeId) {
        return dsl.selectFrom(S).where(S.EMPLOYEE_ID.eq((int) employeeId)).orderBy(S.ID)
                .fetch(LetterRepository::toModel);
    }

    /** The rows of a year in force: not corrected by another row and not voided. */
    public List<Signature> inForce(int year) {
        return dsl.selectFrom(S).where(S.YEAR.eq(year)).and(InForce.of(S, S.ID, S.CORRECTS_ID, S.VOIDED))
                .orderBy(S.ID).fetch(LetterRepository::toModel);
    }

    private static Integer toInt(Long value) {
        return value == null ? null : value.intValue();
    }

    private static Long toLong(Integer value) {
        return value == null ? null : value.longValue();
    }

    private static Signature toModel(LetterSignatureRecord r) {
        return new Signature(r.getId(), r.getYear(), r.getEmployeeId(), r.getPostId(), toLong(r.getDutyListVersionId()),
                toLong(r.getCounterpartEmployeeId()), r.getCounterpartName(), IsoDates.date(r.getSignedOn()),
                toLong(r.getAttachmentId()), r.getVoided() != null && r.getVoided() == 1, toLong(r.getCorrectsId()),
                r.getCorrectionReason(), r.getRecordedBy(), r.getRecordedAt());
    }
}
