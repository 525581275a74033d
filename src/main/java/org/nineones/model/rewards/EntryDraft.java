package org.nineones.model.rewards;

import java.time.LocalDate;

/**
 * What a user enters for a ledger entry, before it is checked: a person or an org unit, the rule (optional), the
 * duty item (optional: a version id and an item number), amount, points, approver.
 */
public record EntryDraft(LocalDate occurredOn, Long employeeId, Long orgUnitId, RewardKind kind, String reason,
                         Long ruleId, Long dutyVersionId, Integer dutyPosition, Double amount, Double points,
                         String approvedBy) {
}
