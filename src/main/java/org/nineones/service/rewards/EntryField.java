package org.nineones.service.rewards;

/** The fields of a ledger entry, as a dialog shows them and an import's columns hold them. */
public enum EntryField {
    DATE, SUBJECT, KIND, REASON, RULE, DUTY, AMOUNT, POINTS, APPROVER
}
