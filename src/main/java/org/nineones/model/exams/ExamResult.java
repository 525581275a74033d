package org.nineones.model.exams;

/**
 * One row of a person's result in an exam, as recorded: final. A correction is a new row whose {@code correctsId}
 * names the row it replaces, with a reason; {@code voided} withdraws the result. The result in force is the last of
 * its chain, unless voided.
 */
public record ExamResult(Long id, long examId, long employeeId, double score, boolean passed, boolean voided,
                         Long correctsId, String correctionReason, String recordedBy, String recordedAt) {
}
