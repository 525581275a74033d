package org.nineones.service.assessments;

/** An active person who cannot be assessed in a period, and why (a sentence for the user). */
public record NotAssessable(long employeeId, String name, String unitPath, String postName, String reason) {
}
