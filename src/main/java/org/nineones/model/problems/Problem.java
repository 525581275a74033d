package org.nineones.model.problems;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One problem of the enterprise's problem list (问题清单), final once recorded. A {@link ProblemSource#FINDING} names
 * the finding's uid and the findings file it came in (its fingerprint, the inspection's uid, the fingerprint of the
 * package inspected); a {@link ProblemSource#SELF_ASSESSMENT} problem names the signed self-assessment; {@code lineId}
 * is the checklist line (empty when none), {@code seen} what was seen, {@code requirement} what must be done,
 * {@code deadline} the deadline given with it (null: none), {@code responsible} the person answering for it as the
 * source names them (free text; each measure has an owner from the roster).
 */
public record Problem(long id, ProblemSource source, String findingUid, String findingsFingerprint,
                      String inspectionUid, String packageFingerprint, Long selfAssessmentId, String lineId,
                      String seen, String requirement, LocalDate deadline, String responsible, String createdBy,
                      String createdAt) {

    public Problem {
        Objects.requireNonNull(source, "source");
        lineId = lineId == null ? "" : lineId;
        seen = seen == null ? "" : seen;
        requirement = requirement == null ? "" : requirement;
        responsible = responsible == null ? "" : responsible;
        createdBy = createdBy == null ? "" : createdBy;
        createdAt = createdAt == null ? "" : createdAt;
    }
}
