package org.nineones.ui.training;

import org.nineones.model.training.Attendance;

/** One person at the selected session, as the attendees list shows them. */
public record AttendeeRow(Attendance attendance, String name, String employeeNumber, String unit) {
}
