package org.nineones.service.letters;

/** Where a person stands in a year's signing round. */
public enum LetterStatus {
    /** Signed for the year, on the duty-list version now in force. */
    SIGNED,
    /** Not signed for the year (or the signature was withdrawn). */
    UNSIGNED,
    /** Signed, but the post's duty list got a newer version since (or the person moved post): 需重新签订. */
    RESIGN
}
