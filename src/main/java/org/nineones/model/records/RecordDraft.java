package org.nineones.model.records;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.nineones.model.acceptance.NineItem;

/**
 * What the user gives for a new duty record (or a correction): the files are read, never altered; a correction may
 * keep files of the record it corrects ({@code keptAttachmentIds}) besides new ones.
 */
public record RecordDraft(RecordKind kind, String title, LocalDate date, NineItem item, String note, Long orgUnitId,
                          List<Long> employeeIds, List<Long> keptAttachmentIds, List<Path> files) {

    public RecordDraft {
        title = title == null ? "" : title.strip();
        note = note == null ? "" : note.strip();
        employeeIds = List.copyOf(employeeIds);
        keptAttachmentIds = List.copyOf(keptAttachmentIds);
        files = List.copyOf(files);
    }

    /** A new record with new files only. */
    public static RecordDraft of(RecordKind kind, String title, LocalDate date, NineItem item, String note,
                                 Long orgUnitId, List<Long> employeeIds, List<Path> files) {
        return new RecordDraft(kind, title, date, item, note, orgUnitId, employeeIds, List.of(), files);
    }
}
