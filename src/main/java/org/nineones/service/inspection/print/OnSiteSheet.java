package org.nineones.service.inspection.print;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.nineones.model.inspection.Inspection;

/**
 * 现场检查记录 (Work Safety Law Art. 65): the time, place and content of the on-site check, the problems found and how
 * each is handled, and signature blocks for the inspectors and the enterprise's responsible person, with a box where
 * a refusal to sign is recorded (拒绝签字情况).
 *
 * @param inspectors  the inspectors' names (with their certificate numbers if the county wants them), in order
 * @param responsible the enterprise's responsible person present at the check
 * @param content     what was checked
 * @param refusal     the refusal to sign as recorded by the inspectors; empty when nobody refused (the box stays
 *                    blank, to be filled in by hand if it happens)
 */
public record OnSiteSheet(Inspection inspection, LocalDateTime start, LocalDateTime end, String place,
                           List<String> inspectors, String responsible, String content, List<Problem> problems,
                           String refusal) implements InspectionPrintout {

    /** A problem found and how it is handled (e.g. 责令限期整改 by a deadline); {@code lineId} may be empty. */
    public record Problem(String lineId, String seen, String handling) {

        public Problem {
            lineId = Texts.orEmpty(lineId);
            seen = Texts.orEmpty(seen);
            handling = Texts.orEmpty(handling);
        }
    }

    public OnSiteSheet {
        Objects.requireNonNull(inspection, "inspection");
        Objects.requireNonNull(start, "start");
        place = Texts.orEmpty(place);
        inspectors = Texts.copy(inspectors);
        responsible = Texts.orEmpty(responsible);
        content = Texts.orEmpty(content);
        problems = Texts.copy(problems);
        refusal = Texts.orEmpty(refusal);
    }
}
