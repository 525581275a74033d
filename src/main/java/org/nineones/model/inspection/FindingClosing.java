package org.nineones.model.inspection;

import java.time.LocalDate;

/**
 * Where a finding's rectification stands for the inspector: the finding, the latest answer of an imported closing
 * package (null: none yet), the latest decision (null: none) and the state they give on a day.
 */
public record FindingClosing(InspectionFinding finding, ClosingAnswer answer, ClosingDecision decision, State state) {

    /** Its text is {@code closing.state.X}. */
    public enum State {
        /** The inspector accepted the rectification: closed. */
        ACCEPTED,
        /** Every measure done or verified, as the latest closing package says; awaiting the inspector. */
        CLOSED,
        /** Not rectified, within its deadline. */
        OPEN,
        /** Not rectified, its deadline passed. */
        OVERDUE
    }

    /**
     * The state on {@code asOf}: accepted when the latest decision accepts; closed when the latest answer has every
     * measure done and no sending back came after it; else overdue once the finding's deadline has passed, or open.
     */
    public static FindingClosing of(InspectionFinding finding, ClosingAnswer answer, ClosingDecision decision,
                                    LocalDate asOf) {
        State state;
        if (decision != null && decision.kind() == ClosingDecision.Kind.ACCEPTED) {
            state = State.ACCEPTED;
        } else {
            boolean sentBack = decision != null && (answer == null
                    || decision.packageId() != null && decision.packageId() >= answer.packageId());
            if (answer != null && answer.rectified() && !sentBack) {
                state = State.CLOSED;
            } else {
                state = finding.deadline() != null && finding.deadline().isBefore(asOf) ? State.OVERDUE : State.OPEN;
            }
        }
        return new FindingClosing(finding, answer, decision, state);
    }

    /** True when the last decision sent it back and no newer answer came since. */
    public boolean sentBack() {
        return decision != null && decision.kind() == ClosingDecision.Kind.REOPENED
                && (state == State.OPEN || state == State.OVERDUE);
    }
}
