package org.nineones.model.problems;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.nineones.model.records.RecordAttachment;

/**
 * A rectification measure (整改措施) of a problem with its whole history, oldest version first; the latest version is
 * the measure as it stands. Final once {@link MeasureStatus#VERIFIED}.
 */
public record Measure(long id, long problemId, List<MeasureVersion> history) {

    public Measure {
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a measure has one version at least");
        }
    }

    /** The version in force. */
    public MeasureVersion current() {
        return history.get(history.size() - 1);
    }

    public String text() {
        return current().text();
    }

    public long ownerId() {
        return current().ownerId();
    }

    public LocalDate deadline() {
        return current().deadline();
    }

    public MeasureStatus status() {
        return current().status();
    }

    /** True when it is verified: nothing changes it any more. */
    public boolean isFinal() {
        return status() == MeasureStatus.VERIFIED;
    }

    /** True when its work is not done and its deadline is before {@code asOf}. */
    public boolean overdue(LocalDate asOf) {
        return status().pending() && deadline().isBefore(asOf);
    }

    /** Every record of duty performance its versions named, in the order given, each once. */
    public List<EvidenceRecord> records() {
        List<EvidenceRecord> all = new ArrayList<>();
        history.forEach(v -> v.records().stream().filter(r -> all.stream().noneMatch(a -> a.id() == r.id()))
                .forEach(all::add));
        return all;
    }

    /** Every file its versions brought, in the order given. */
    public List<RecordAttachment> attachments() {
        List<RecordAttachment> all = new ArrayList<>();
        history.forEach(v -> all.addAll(v.attachments()));
        return all;
    }

    /** True when some version brought evidence (a record or a file). */
    public boolean hasEvidence() {
        return history.stream().anyMatch(v -> !v.records().isEmpty() || !v.attachments().isEmpty());
    }
}
