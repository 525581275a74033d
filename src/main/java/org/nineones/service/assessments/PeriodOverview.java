package org.nineones.service.assessments;

import java.util.List;
import java.util.Map;

/**
 * A period's assessments (the newest row of each person's record: open corrections and withdrawals included), the
 * people not assessable, and the count of records in force per rating (signed ones) and of those still open.
 */
public record PeriodOverview(Period period, boolean exists, List<AssessmentSummary> assessments,
                             List<NotAssessable> notAssessable, Map<Rating, Integer> perRating, int open) {

    /** How many people have a record in force: rated or still open (withdrawn ones not). */
    public int assessed() {
        return perRating.values().stream().mapToInt(Integer::intValue).sum() + open;
    }
}
