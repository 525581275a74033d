package org.nineones.service.grids;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One area's report of the monthly dispatch (每月调度) as entered, before it is recorded: the area, the month, the day
 * it was checked and by whom, what was found and what was done, whether that was settled on the spot, the photos
 * (files to keep), and the owner of the measure when it was not settled ({@code null}: the area's specific
 * responsible person).
 */
public record DispatchDraft(long areaId, YearMonth month, LocalDate checkedOn, String checkedBy, String found,
                            String done, boolean settled, List<Path> photos, Long ownerId) {

    public DispatchDraft {
        checkedBy = checkedBy == null ? "" : checkedBy.strip();
        found = found == null ? "" : found.strip();
        done = done == null ? "" : done.strip();
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}
