package org.nineones.model.problems;

import java.time.LocalDate;
import java.util.List;

import org.nineones.model.records.RecordAttachment;

/**
 * One version of a measure, final once recorded: how it came ({@link Change}), the text, owner (id, employee number,
 * name), deadline and status it gives the measure, its note (the status change's note or the correction's reason),
 * the evidence it brought, who recorded it and when (UTC, as stored).
 */
public record MeasureVersion(long id, Change change, String text, long ownerId, String ownerNumber, String ownerName,
                             LocalDate deadline, MeasureStatus status, String note, List<EvidenceRecord> records,
                             List<RecordAttachment> attachments, String recordedBy, String recordedAt) {

    /** How a version came; its text is {@code MeasureVersion.Change.X}. */
    public enum Change {
        /** The measure as first recorded. */
        ADDED,
        /** A change of status, with its note and evidence. */
        STATUS,
        /** Evidence added, the status unchanged. */
        EVIDENCE,
        /** The text, owner or deadline mended, with the reason. */
        CORRECTED
    }

    public MeasureVersion {
        ownerNumber = ownerNumber == null ? "" : ownerNumber;
        note = note == null ? "" : note;
        records = records == null ? List.of() : List.copyOf(records);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
