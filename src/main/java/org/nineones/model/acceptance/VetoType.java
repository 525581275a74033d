package org.nineones.model.acceptance;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What failing a checklist line does beyond its points (ACCEPTANCE.md). */
public enum VetoType {
    /** An ordinary line: its points only. */
    @JsonProperty("none") NONE,
    /** A veto line (no points): failing it caps the conclusion at 限期整改. */
    @JsonProperty("line") LINE,
    /** A line with points whose nine-ones item scoring below a percentage of its points caps the conclusion. */
    @JsonProperty("floor") FLOOR,
    /** A gate (no points), checked before scoring: failing it makes the conclusion 不通过 whatever the score. */
    @JsonProperty("gate") GATE;

    /** True for the types whose line carries no points (line and gate). */
    public boolean withoutPoints() {
        return this == LINE || this == GATE;
    }
}
