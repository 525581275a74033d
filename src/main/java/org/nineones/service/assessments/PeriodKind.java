package org.nineones.service.assessments;

/** How long an assessment period is. */
public enum PeriodKind {
    MONTH, QUARTER, YEAR
}
