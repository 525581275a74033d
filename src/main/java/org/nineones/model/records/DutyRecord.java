package org.nineones.model.records;

import java.time.LocalDate;
import java.util.List;

import org.nineones.model.acceptance.NineItem;

/**
 * A record of duty performance (专档记录) as stored: final once recorded. A correction is another record whose
 * {@code correctsId} names the record it replaces, with its reason; {@code voided} withdraws the corrected record.
 * {@code correctedById} is the record that corrects this one, when there is one.
 *
 * @param orgUnitPath the concerned org unit's path as printed ("生产部 / 一车间"), empty when none
 * @param recordedAt  UTC, as SQLite wrote it (shown through {@code RecordTime})
 */
public record DutyRecord(long id, RecordKind kind, String title, LocalDate date, NineItem item, String note,
                         Long orgUnitId, String orgUnitPath, List<RecordPerson> people,
                         List<RecordAttachment> attachments, boolean voided, Long correctsId,
                         String correctionReason, Long correctedById, String recordedBy, String recordedAt) {

    public DutyRecord {
        people = List.copyOf(people);
        attachments = List.copyOf(attachments);
        note = note == null ? "" : note;
        orgUnitPath = orgUnitPath == null ? "" : orgUnitPath;
    }

    /** Where the record stands in its chain of corrections. */
    public enum Status {
        /** Not corrected and not a withdrawal: the record in force. */
        IN_FORCE,
        /** Another record corrects it. */
        CORRECTED,
        /** A correction that withdraws the record it corrects. */
        WITHDRAWAL
    }

    public Status status() {
        if (correctedById != null) {
            return Status.CORRECTED;
        }
        return voided ? Status.WITHDRAWAL : Status.IN_FORCE;
    }

    public DutyRecord withCorrectedBy(Long id) {
        return new DutyRecord(this.id, kind, title, date, item, note, orgUnitId, orgUnitPath, people, attachments,
                voided, correctsId, correctionReason, id, recordedBy, recordedAt);
    }
}
