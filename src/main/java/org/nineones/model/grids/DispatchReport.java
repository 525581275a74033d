package org.nineones.model.grids;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One area's report of the monthly dispatch (每月调度, issue 15): checked on a day of the month by whom, what was
 * found and what was done; {@code settled} when what was found was dealt with on the spot, else the problem of the
 * problem list it became ({@code problemId}). Final once recorded; photos are kept attachments.
 */
public record DispatchReport(Long id, long areaId, YearMonth month, LocalDate checkedOn, String checkedBy,
                             String found, String done, boolean settled, Long problemId, List<Long> photoIds,
                             String recordedBy, String recordedAt) {

    public DispatchReport {
        checkedBy = checkedBy == null ? "" : checkedBy.strip();
        found = found == null ? "" : found.strip();
        done = done == null ? "" : done.strip();
        photoIds = List.copyOf(photoIds);
    }
}
