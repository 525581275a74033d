package org.nineones.service.ledger;

import java.time.LocalDate;

/**
 * What to print, as the command line and the GUI ask for it; a printout uses the fields it needs and ignores the
 * rest. Null means "not given".
 *
 * @param post      a post's id, or a name that selects posts, as {@code print --post}
 * @param employee  an employee's id number, employee number or exact name, as {@code --employee}
 * @param year      the letters' year
 * @param period    an assessment period or month: {@code 2026}, {@code 2026-Q3}, {@code 2026-11}
 * @param examId    an exam's id (the paper of that exam)
 * @param answerKey the exam's answer key instead of the paper
 * @param asOf      the day the printout speaks for (today unless given)
 * @param findings  an imported findings file, by its number or (the start of) its fingerprint, as {@code --findings}
 * @param area      a grid area by its number, name or path (罐区/1号罐组), as {@code --area}
 * @param paper     the paper of the grid's boards, A4 or A3, as {@code --paper}
 */
public record RecordPrintRequest(String post, String employee, Integer year, String period, Long examId,
        boolean answerKey, LocalDate asOf, String findings, String area, String paper) {

    /** A request that names no grid area and no paper. */
    public RecordPrintRequest(String post, String employee, Integer year, String period, Long examId,
                              boolean answerKey, LocalDate asOf, String findings) {
        this(post, employee, year, period, examId, answerKey, asOf, findings, null, null);
    }

    /** A request that names no findings file. */
    public RecordPrintRequest(String post, String employee, Integer year, String period, Long examId,
                              boolean answerKey, LocalDate asOf) {
        this(post, employee, year, period, examId, answerKey, asOf, null);
    }

    /** Everything, as of today. */
    public static RecordPrintRequest all(LocalDate asOf) {
        return new RecordPrintRequest(null, null, null, null, null, false, asOf);
    }
}
