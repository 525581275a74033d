package org.nineones.service.assessments;

/** One scored line of an assessment: a duty of the post with its standard; {@code points} null while unscored. */
public record AssessmentItem(int position, String duty, String standard, double maxPoints, Double points,
                             String note) {
}
