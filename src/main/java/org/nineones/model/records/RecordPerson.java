package org.nineones.model.records;

/** A person a duty record concerns: the employee's id, number (may be empty) and name. */
public record RecordPerson(long employeeId, String employeeNumber, String name) {
}
