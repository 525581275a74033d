package org.nineones.model.inspection;

import java.time.LocalDate;

/**
 * A finding of an inspection (ACCEPTANCE.md, findings and rectification): a problem the enterprise must rectify by a
 * deadline. {@code uid} is unique everywhere (a random UUID) and stays the same in the findings file, in the
 * enterprise's workspace when it imports that file, and when inspection files are merged. {@code lineId} is the
 * checklist line it comes from (empty for a finding added by hand that belongs to no line); {@code source} says how it
 * was made; {@code seen} is what the inspector saw, {@code requirement} what must be done, {@code responsible} the
 * person at the enterprise who answers for it.
 */
public record InspectionFinding(String uid, String lineId, Source source, String seen, String requirement,
                               LocalDate deadline, String responsible, String createdBy, String createdAt) {

    /** How a finding was made. */
    public enum Source {
        /** From a line's deduction, with one click. */
        DEDUCTION,
        /** From a failed veto. */
        VETO,
        /** Added by hand. */
        MANUAL
    }

    public InspectionFinding {
        lineId = lineId == null ? "" : lineId.strip();
        seen = seen == null ? "" : seen.strip();
        requirement = requirement == null ? "" : requirement.strip();
        responsible = responsible == null ? "" : responsible.strip();
        createdBy = createdBy == null ? "" : createdBy;
        createdAt = createdAt == null ? "" : createdAt;
    }
}
