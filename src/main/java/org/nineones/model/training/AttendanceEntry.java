package org.nineones.model.training;

/** What is recorded for one person at one session: hours credited, optional score and pass. */
public record AttendanceEntry(long sessionId, long employeeId, double hours, Double score, Boolean passed) {
}
