package org.nineones.model.acceptance;

/** What kind of record a finding rests on, so that a front end can open the screen that fixes it. */
public enum TargetKind {
    /** A post (its duty list, procedure or cards): id = the post's id. */
    POST,
    /** A person: id = the employee's id. */
    EMPLOYEE,
    /** An org unit (a level of letters, a stratum): id = the org unit's id. */
    ORG_UNIT,
    /** A round of responsibility letters: id = the round's id. */
    LETTER_ROUND,
    /** The exams as a whole (no exam held): id empty. */
    EXAMS,
    /** The reward and penalty rules or ledger: id empty. */
    REWARDS,
    /** An assessment period: id = the period's id (or its label when the period was never started). */
    ASSESSMENT_PERIOD,
    /** A kind of record of duty performance (专档记录): id = the kind's code. */
    RECORD_KIND,
    /** A grid area (网格): id = the area's id, or empty for the grid as a whole. */
    GRID_AREA,
    /** Nothing to open. */
    NONE
}
