package org.nineones.service.records;

import java.util.List;

/**
 * What a new record may name: the people of the roster and the org units, each with the text a list shows.
 */
public record RecordChoices(List<Person> people, List<Unit> units) {

    /** A person: id, employee number (may be empty), name, and their unit's path. */
    public record Person(long id, String employeeNumber, String name, String unitPath) {
        public String label() {
            return employeeNumber.isEmpty() ? name + "（" + unitPath + "）"
                    : employeeNumber + " " + name + "（" + unitPath + "）";
        }
    }

    /** An org unit and its path as printed. */
    public record Unit(long id, String path) {
    }
}
