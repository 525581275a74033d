package org.nineones.service.assessments;

import java.util.List;
import java.util.Map;

/**
 * A period's assessments in force, the people not assessable, and the count per rating (closed ones) and of those
 * still open.
 */
public record PeriodOverview(Period period, boolean exists, List<AssessmentSummary> assessments,
                             List<NotAssessable> notAssessable, Map<Rating, Integer> perRating, int open) {
}
