package org.nineones.service.assessments;

import java.time.LocalDate;

/**
 * One person's assessment of a period as the lists show it (the record in force, or a row of a history).
 *
 * @param percent      score as a share of the maximum (0–100), or null while items are unscored
 * @param rating       null while open and not fully scored
 * @param correctsId   the row this one corrects, or null for an original
 * @param corrected    true when it is itself the result of corrections (its chain has more than one row)
 */
public record AssessmentSummary(long id, Period period, long employeeId, String name, String idNumber,
                                String maskedIdNumber, String employeeNumber, String unitPath, String postName,
                                boolean closed, Double score, Double maxScore, Double percent, Rating rating,
                                String assessor, LocalDate assessorSignedOn, LocalDate assesseeSignedOn,
                                Long attachmentId, boolean voided, Long correctsId, String correctionReason,
                                boolean corrected, int items, int scoredItems, String recordedBy, String recordedAt) {
}
