package org.nineones.service.letters;

/**
 * The other party of a person's letter, one level up the org tree: an employee of the roster, or, for the principal
 * (or when nobody above is on the roster), the enterprise's superior by name only.
 *
 * @param employeeId the counterpart's employee id, or null for the superior
 * @param name       the counterpart's name (or the superior's description)
 * @param postName   the counterpart's post, empty for the superior
 */
public record Counterpart(Long employeeId, String name, String postName) {

    public boolean isSuperior() {
        return employeeId == null;
    }
}
