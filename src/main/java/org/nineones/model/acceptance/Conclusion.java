package org.nineones.model.acceptance;

/** The conclusion of an acceptance check (ACCEPTANCE.md), from the best to the worst. */
public enum Conclusion {
    /** 通过. */
    PASS,
    /** 限期整改. */
    RECTIFY,
    /** 不通过. */
    FAIL;

    /** The worse of this and {@code other}. */
    public Conclusion atMost(Conclusion other) {
        return ordinal() >= other.ordinal() ? this : other;
    }
}
