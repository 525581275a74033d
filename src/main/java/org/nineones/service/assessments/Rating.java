package org.nineones.service.assessments;

/** The overall rating of an assessment; its thresholds are data ({@link RatingRules}), its name is in the bundle. */
public enum Rating {
    EXCELLENT, GOOD, PASS, FAIL
}
