package org.nineones.service.inspection;

import java.time.LocalDate;

import org.nineones.model.inspection.InspectionFinding;

/**
 * A finding as the inspector writes it, before it is recorded: the checklist line (empty for none), how it was made,
 * what was seen, the requirement, the deadline and the enterprise's responsible person.
 * {@link InspectionReviewService#draftFromLine} fills it from a line's deductions or veto.
 */
public record FindingDraft(String lineId, InspectionFinding.Source source, String seen, String requirement,
                           LocalDate deadline, String responsible) {

    public FindingDraft {
        lineId = lineId == null ? "" : lineId.strip();
        source = source == null ? InspectionFinding.Source.MANUAL : source;
        seen = seen == null ? "" : seen.strip();
        requirement = requirement == null ? "" : requirement.strip();
        responsible = responsible == null ? "" : responsible.strip();
    }

    /** A finding added by hand. */
    public static FindingDraft manual(String lineId, String seen, String requirement, LocalDate deadline,
                                      String responsible) {
        return new FindingDraft(lineId, InspectionFinding.Source.MANUAL, seen, requirement, deadline, responsible);
    }

    /** The same draft with the deadline and the responsible person the inspector gives. */
    public FindingDraft with(LocalDate newDeadline, String newResponsible) {
        return new FindingDraft(lineId, source, seen, requirement, newDeadline, newResponsible);
    }
}
