package org.nineones.service.assessments;

import java.util.List;

/** What starting a period's assessments did: opened, already there, and the people who could not be assessed. */
public record StartResult(Period period, int opened, int existing, List<NotAssessable> notAssessable) {
}
