package org.nineones.service.letters;

import org.nineones.model.Employee;
import org.nineones.model.Post;
import org.nineones.model.content.ContentVersion;
import org.nineones.store.LetterRepository.Signature;

/**
 * One person in a year's signing round.
 *
 * @param unitPath      the person's org unit as a path (公司 / 部门 / 车间)
 * @param current       the post's duty-list version that counts now (in force, else the draft), or null
 * @param signature     the person's signature of the year in force, or null
 * @param signedVersion the version number the signature was made on, 0 when none or unknown
 * @param corrections   how many correction rows the person has for the year
 */
public record LetterRow(Employee employee, Post post, String unitPath, int level, Counterpart counterpart,
                        LetterStatus status, ContentVersion current, Signature signature, int signedVersion,
                        int corrections) {

    public long employeeId() {
        return employee.id();
    }

    /** Whether the person has a signature of the year in force. */
    public boolean signed() {
        return signature != null;
    }

    /** The id of the signature in force (what a correction names); only when {@link #signed()}. */
    public long signatureId() {
        return signature.id();
    }

    /** The day of the signature in force, or null when none. */
    public java.time.LocalDate signedOn() {
        return signature == null ? null : signature.signedOn();
    }
}
