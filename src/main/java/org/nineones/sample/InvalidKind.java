package org.nineones.sample;

/** The kinds of bad row the generator can inject, for testing the roster import. */
public enum InvalidKind {
    /** The ID number's last character does not match its check digit. */
    WRONG_CHECK_DIGIT,
    /** Excel turned the ID number into a number: {@code 3.71602E+17}, its last digits lost. */
    SCIENTIFIC_NOTATION,
    /** The name cell is empty. */
    MISSING_NAME,
    /** The ID number of an earlier row, again. */
    DUPLICATE_ID
}
