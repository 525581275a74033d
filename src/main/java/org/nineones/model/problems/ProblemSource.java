package org.nineones.model.problems;

/** Where a problem of the enterprise's problem list (问题清单) comes from; its text is {@code ProblemSource.X}. */
public enum ProblemSource {
    /** A finding of an inspector's findings file, imported and verified. */
    FINDING,
    /** A line that lost points or failed its veto in the enterprise's own signed self-assessment. */
    SELF_ASSESSMENT,
    /** Entered by hand: from a safety meeting, a grid check, the enterprise's own inspection. */
    MANUAL
}
