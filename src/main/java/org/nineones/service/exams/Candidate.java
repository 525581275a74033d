package org.nineones.service.exams;

import java.util.List;

import org.nineones.model.Employee;
import org.nineones.model.exams.ExamResult;

/**
 * A person who sits an exam: the active people of its post, and anyone with a result recorded in it.
 *
 * @param latest  the last row of the person's chain (the result in force unless voided), or null when none
 * @param history every row of the chain, original first
 */
public record Candidate(Employee employee, ExamResult latest, List<ExamResult> history) {

    /** The result in force, or null when none was recorded or it was withdrawn. */
    public ExamResult inForce() {
        return latest == null || latest.voided() ? null : latest;
    }

    public boolean corrected() {
        return history.size() > 1;
    }
}
