package org.nineones.model.content;

/** The body of one version of a post's safety content: one of the four kinds. */
public sealed interface PostContent permits DutyList, OperatingProcedure, RiskCard, EmergencyCard {

    ContentKind kind();

    /** True when there is nothing in it worth printing. */
    boolean isEmpty();
}
