package org.nineones.model.training;

/**
 * One row of {@code training_attendance}: a person at a session, the hours credited, the test score and pass when
 * there was one. Final: a correction is a new row with {@code correctsId} and a reason; {@code voided} withdraws it.
 */
public record Attendance(long id, long sessionId, long employeeId, double hours, Double score, Boolean passed,
                         boolean voided, Long correctsId, String correctionReason, String recordedBy,
                         String recordedAt) {
}
