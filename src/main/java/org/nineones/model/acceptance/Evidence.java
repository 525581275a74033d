package org.nineones.model.acceptance;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a checklist line's score comes from (ACCEPTANCE.md): computed, judged by a person, or computed then confirmed. */
public enum Evidence {
    /** A: computed from the records. */
    @JsonProperty("A") AUTOMATIC("A"),
    /** M: judged by a person (notes, photos, scans). */
    @JsonProperty("M") MANUAL("M"),
    /** A+M: computed, then confirmed by a person. */
    @JsonProperty("A+M") CONFIRMED("A+M");

    private final String code;

    Evidence(String code) {
        this.code = code;
    }

    /** The code a checklist prints: A, M or A+M. */
    public String code() {
        return code;
    }

    /** True when a person judges the line (M or A+M). */
    public boolean manual() {
        return this != AUTOMATIC;
    }
}
