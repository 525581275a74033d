package org.nineones.model.inspection;

/**
 * The inspector's decision on a finding, final once recorded; the latest of a finding is in force. {@code packageId}
 * is the latest closing package answering the finding when decided (null: none).
 */
public record ClosingDecision(long id, String findingUid, Kind kind, String reason, Long packageId, String decidedBy,
                              String decidedAt) {

    /** Accepted (验收整改: the finding is closed) or sent back (退回整改, with the reason). */
    public enum Kind {
        ACCEPTED,
        REOPENED
    }

    public ClosingDecision {
        reason = reason == null ? "" : reason;
    }
}
