package org.nineones.service.assessments;

import java.time.LocalDate;

/**
 * A person rated low in two consecutive periods of the same kind (closed assessments in force): the interview
 * (约谈) is due, or done when {@code heldOn} is set.
 */
public record InterviewCase(long employeeId, String name, String unitPath, String postName, Period earlier,
                            Rating earlierRating, Period later, Rating laterRating, long assessmentId,
                            LocalDate heldOn, String heldBy, String note) {

    public boolean done() {
        return heldOn != null;
    }
}
