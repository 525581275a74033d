package org.nineones.model.records;

import java.time.LocalDate;
import java.util.Locale;

import org.nineones.model.acceptance.NineItem;

/**
 * Which duty records a list shows: a kind, a nine-ones item, a date range (inclusive) and text found in the title,
 * note, people or unit; {@code null} or blank means any.
 */
public record RecordFilter(RecordKind kind, NineItem item, LocalDate from, LocalDate to, String text) {

    public static final RecordFilter ALL = new RecordFilter(null, null, null, null, "");

    public RecordFilter {
        text = text == null ? "" : text.strip();
    }

    public boolean accepts(DutyRecord r) {
        if (kind != null && r.kind() != kind || item != null && r.item() != item) {
            return false;
        }
        if (from != null && r.date().isBefore(from) || to != null && r.date().isAfter(to)) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        StringBuilder hay = new StringBuilder(r.title()).append('\n').append(r.note()).append('\n')
                .append(r.orgUnitPath()).append('\n').append(r.correctionReason() == null ? "" : r.correctionReason());
        r.people().forEach(p -> hay.append('\n').append(p.name()).append(' ').append(p.employeeNumber()));
        r.attachments().forEach(a -> hay.append('\n').append(a.fileName()));
        return hay.toString().toLowerCase(Locale.ROOT).contains(needle);
    }
}
