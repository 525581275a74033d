package org.nineones.model.acceptance;

/** What decided a line's deduction besides the sum of its charges. */
public enum LineLimit {
    /** The sum of the charges. */
    NONE,
    /** The sum exceeded the line's cap (封顶). */
    CAPPED,
    /** The sum exceeded the line's points: a line never goes below zero. */
    LINE_POINTS,
    /** The number of findings reached the line's zeroAtCount. */
    ZEROED_AT_COUNT,
    /** A finding of the line's zeroIfMissing kind was present. */
    ZEROED_IF_PRESENT,
    /** A person's judgement gave the deduction or the score. */
    MANUAL
}
