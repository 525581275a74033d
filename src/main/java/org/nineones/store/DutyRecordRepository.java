package org.nineones.store;

import static org.nineones.store.jooq.Tables.ATTACHMENT;
import static org.nineones.store.jooq.Tables.DUTY_RECORD;
import static org.nineones.store.jooq.Tables.DUTY_RECORD_ATTACHMENT;
import static org.nineones.store.jooq.Tables.DUTY_RECORD_PERSON;
import static org.nineones.store.jooq.Tables.EMPLOYEE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.nineones.model.acceptance.NineItem;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordAttachment;
import org.nineones.model.records.RecordKind;
import org.nineones.model.records.RecordPerson;
import org.nineones.store.jooq.tables.records.DutyRecordRecord;

/**
 * Records of duty performance (专档记录; V6, decision 0016's honest records): a record, its people and its files are
 * final once written (SQLite triggers refuse an update or a delete); a correction is a new record naming the one it
 * replaces. Lists read the files' names, types, sizes and SHA-256, never their bytes ({@link AttachmentRepository}).
 */
public final class DutyRecordRepository {

    private static final org.nineones.store.jooq.tables.DutyRecord R = DUTY_RECORD;

    /** A record to write: an original, or a correction when {@code correctsId} is set. */
    public record NewRecord(RecordKind kind, String title, LocalDate date, NineItem item, String note, Long orgUnitId,
                            boolean voided, Long correctsId, String correctionReason) {
    }

    private final DSLContext dsl;
    private final String actor;

    DutyRecordRepository(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    /** Writes one final record with its people and files (stored already), in the order given; returns its id. */
    public long insert(NewRecord r, List<Long> employeeIds, List<Long> attachmentIds) {
        dsl.insertInto(R)
                .set(R.KIND, r.kind().name())
                .set(R.TITLE, r.title())
                .set(R.RECORDED_ON, r.date().toString())
                .set(R.NINE_ITEM, r.item().number())
                .set(R.NOTE, r.note() == null ? "" : r.note())
                .set(R.ORG_UNIT_ID, r.orgUnitId() == null ? null : r.orgUnitId().intValue())
                .set(R.VOIDED, r.voided() ? 1 : 0)
                .set(R.CORRECTS_ID, r.correctsId() == null ? null : r.correctsId().intValue())
                .set(R.CORRECTION_REASON, r.correctionReason())
                .set(R.RECORDED_BY, actor)
                .execute();
        long id = Ids.lastInserted(dsl);
        for (int i = 0; i < employeeIds.size(); i++) {
            dsl.insertInto(DUTY_RECORD_PERSON).set(DUTY_RECORD_PERSON.RECORD_ID, (int) id)
                    .set(DUTY_RECORD_PERSON.POSITION, i)
                    .set(DUTY_RECORD_PERSON.EMPLOYEE_ID, employeeIds.get(i).intValue()).execute();
        }
        for (int i = 0; i < attachmentIds.size(); i++) {
            dsl.insertInto(DUTY_RECORD_ATTACHMENT).set(DUTY_RECORD_ATTACHMENT.RECORD_ID, (int) id)
                    .set(DUTY_RECORD_ATTACHMENT.POSITION, i)
                    .set(DUTY_RECORD_ATTACHMENT.ATTACHMENT_ID, attachmentIds.get(i).intValue()).execute();
        }
        return id;
    }

    /** Every record, corrections and corrected ones too, newest day first; {@code unitPaths} names the units. */
    public List<DutyRecord> all(Map<Long, String> unitPaths) {
        return read(DSL.noCondition(), unitPaths);
    }

    public Optional<DutyRecord> find(long id, Map<Long, String> unitPaths) {
        return read(R.ID.eq((int) id), unitPaths).stream().findFirst();
    }

    /** How many records there are (corrections too). */
    public int count() {
        return dsl.fetchCount(R);
    }

    /** Whether a record corrects the record {@code id} already. */
    public boolean isCorrected(long id) {
        return dsl.fetchExists(R, R.CORRECTS_ID.eq((int) id));
    }

    /** Whether the file {@code attachmentId} belongs to the record {@code recordId}. */
    public boolean hasAttachment(long recordId, long attachmentId) {
        return dsl.fetchExists(DUTY_RECORD_ATTACHMENT, DUTY_RECORD_ATTACHMENT.RECORD_ID.eq((int) recordId)
                .and(DUTY_RECORD_ATTACHMENT.ATTACHMENT_ID.eq((int) attachmentId)));
    }

    private List<DutyRecord> read(Condition where, Map<Long, String> unitPaths) {
        Map<Long, List<RecordPerson>> people = new HashMap<>();
        dsl.select(DUTY_RECORD_PERSON.RECORD_ID, EMPLOYEE.ID, EMPLOYEE.EMPLOYEE_NUMBER, EMPLOYEE.NAME)
                .from(DUTY_RECORD_PERSON).join(EMPLOYEE).on(EMPLOYEE.ID.eq(DUTY_RECORD_PERSON.EMPLOYEE_ID))
                .join(R).on(R.ID.eq(DUTY_RECORD_PERSON.RECORD_ID)).where(where)
                .orderBy(DUTY_RECORD_PERSON.RECORD_ID, DUTY_RECORD_PERSON.POSITION)
                .forEach(r -> people.computeIfAbsent(r.value1().longValue(), k -> new ArrayList<>())
                        .add(new RecordPerson(r.value2(), r.value3() == null ? "" : r.value3(), r.value4())));
        Map<Long, List<RecordAttachment>> files = new HashMap<>();
        dsl.select(DUTY_RECORD_ATTACHMENT.RECORD_ID, ATTACHMENT.ID, ATTACHMENT.FILE_NAME, ATTACHMENT.MEDIA_TYPE,
                        ATTACHMENT.SIZE, ATTACHMENT.SHA256)
                .from(DUTY_RECORD_ATTACHMENT).join(ATTACHMENT).on(ATTACHMENT.ID.eq(DUTY_RECORD_ATTACHMENT.ATTACHMENT_ID))
                .join(R).on(R.ID.eq(DUTY_RECORD_ATTACHMENT.RECORD_ID)).where(where)
                .orderBy(DUTY_RECORD_ATTACHMENT.RECORD_ID, DUTY_RECORD_ATTACHMENT.POSITION)
                .forEach(r -> files.computeIfAbsent(r.value1().longValue(), k -> new ArrayList<>())
                        .add(new RecordAttachment(r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));
        Map<Long, Long> correctedBy = new HashMap<>();
        dsl.select(R.CORRECTS_ID, R.ID).from(R).where(R.CORRECTS_ID.isNotNull())
                .forEach(r -> correctedBy.put(r.value1().longValue(), r.value2().longValue()));
        return dsl.selectFrom(R).where(where).orderBy(R.RECORDED_ON.desc(), R.ID.desc())
                .fetch(r -> toModel(r, unitPaths, people, files, correctedBy));
    }

    private static DutyRecord toModel(DutyRecordRecord r, Map<Long, String> unitPaths,
                                      Map<Long, List<RecordPerson>> people, Map<Long, List<RecordAttachment>> files,
                                      Map<Long, Long> correctedBy) {
        long id = r.getId();
        Long unit = r.getOrgUnitId() == null ? null : r.getOrgUnitId().longValue();
        return new DutyRecord(id, RecordKind.valueOf(r.getKind()), r.getTitle(), IsoDates.date(r.getRecordedOn()),
                NineItem.ofNumber(r.getNineItem()), r.getNote(), unit, unit == null ? "" : unitPaths.get(unit),
                people.getOrDefault(id, List.of()), files.getOrDefault(id, List.of()), r.getVoided() == 1,
                r.getCorrectsId() == null ? null : r.getCorrectsId().longValue(), r.getCorrectionReason(),
                correctedBy.get(id), r.getRecordedBy(), r.getRecordedAt());
    }
}
