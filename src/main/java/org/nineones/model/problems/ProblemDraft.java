package org.nineones.model.problems;

import java.time.LocalDate;

/**
 * A problem entered by hand (from a safety meeting or a check), before it is recorded: the checklist line it concerns
 * (empty for none), what was seen, the requirement, the deadline (optional: each measure has its own) and the person
 * answering for it (free text).
 */
public record ProblemDraft(String lineId, String seen, String requirement, LocalDate deadline, String responsible) {

    public ProblemDraft {
        lineId = lineId == null ? "" : lineId.strip();
        seen = seen == null ? "" : seen.strip();
        requirement = requirement == null ? "" : requirement.strip();
        responsible = responsible == null ? "" : responsible.strip();
    }
}
