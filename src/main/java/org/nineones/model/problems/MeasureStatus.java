package org.nineones.model.problems;

import java.util.Locale;

/**
 * The status of a rectification measure (整改措施); its text is {@code MeasureStatus.X}. A measure is final once
 * {@link #VERIFIED}.
 */
public enum MeasureStatus {
    OPEN("open"),
    IN_PROGRESS("in-progress"),
    DONE("done"),
    VERIFIED("verified");

    private final String code;

    MeasureStatus(String code) {
        this.code = code;
    }

    /** The short code the command line takes ({@code --status done}). */
    public String code() {
        return code;
    }

    /** True while the work is still to be done: a measure past its deadline in this status is overdue. */
    public boolean pending() {
        return this == OPEN || this == IN_PROGRESS;
    }

    /** The status with this code or constant name (any case), or {@code null}. */
    public static MeasureStatus ofCode(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (MeasureStatus s : values()) {
            if (s.code.equals(t) || s.name().toLowerCase(Locale.ROOT).equals(t)) {
                return s;
            }
        }
        return null;
    }
}
