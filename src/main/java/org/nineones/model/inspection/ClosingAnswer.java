package org.nineones.model.inspection;

import java.time.LocalDate;
import java.util.List;

import org.nineones.model.problems.MeasureStatus;

/**
 * What one imported closing package says of one finding: its measures as the enterprise's list had them. Rectified
 * when it has measures and every one is done or verified.
 */
public record ClosingAnswer(long packageId, String findingUid, List<Measure> measures) {

    public ClosingAnswer {
        measures = List.copyOf(measures);
    }

    /** A measure: text, owner's name, deadline, status, the days it was added, done and verified, its files. */
    public record Measure(int position, String text, String owner, LocalDate deadline, MeasureStatus status,
                          LocalDate addedOn, LocalDate doneOn, LocalDate verifiedOn, List<Evidence> evidence) {

        public Measure {
            evidence = List.copyOf(evidence);
        }
    }

    /** An evidence file kept in the inspection file (its bytes read one at a time, checked against its SHA-256). */
    public record Evidence(long id, String fileName, String what, long size, String sha256) {
    }

    /** True when it has measures and none is still to be done. */
    public boolean rectified() {
        return !measures.isEmpty() && measures.stream().noneMatch(m -> m.status().pending());
    }
}
