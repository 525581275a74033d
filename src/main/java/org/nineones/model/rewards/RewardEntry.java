package org.nineones.model.rewards;

import java.time.LocalDate;

/**
 * One row of the reward and penalty ledger, as stored: final once written. It concerns a person ({@code employeeId})
 * or an org unit ({@code orgUnitId}), never both. A correction is a new row whose {@code correctsId} names the row it
 * replaces, with a reason; {@code voided} withdraws the record.
 *
 * @param dutyVersionId the duty-list version the duty item was taken from, or null
 * @param dutyPosition  the item's number (1-based) in that version, or null
 * @param dutyText      the duty's text as it was in that version; empty when none
 * @param recordedAt    UTC, as SQLite wrote it
 */
public record RewardEntry(Long id, LocalDate occurredOn, Long employeeId, Long orgUnitId, RewardKind kind,
                          String reason, Long ruleId, Long dutyVersionId, Integer dutyPosition, String dutyText,
                          double amount, double points, String approvedBy, boolean voided, Long correctsId,
                          String correctionReason, String recordedBy, String recordedAt) {

    public boolean isCorrection() {
        return correctsId != null;
    }
}
