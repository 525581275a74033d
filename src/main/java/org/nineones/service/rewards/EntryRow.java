package org.nineones.service.rewards;

import org.nineones.model.rewards.RewardEntry;

/**
 * A ledger entry with what a list shows beside it: the person's or unit's name, the unit path (the person's unit,
 * or the unit itself), the person's employee number and masked ID number, the rule's code, and whether the entry is a
 * correction of an earlier one.
 */
public record EntryRow(RewardEntry entry, String subject, boolean person, String unitPath, String employeeNumber,
                       String maskedIdNumber, String ruleCode) {

    public boolean corrected() {
        return entry.correctsId() != null;
    }
}
