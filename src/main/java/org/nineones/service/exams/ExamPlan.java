package org.nineones.service.exams;

import java.time.LocalDate;

/**
 * What a new exam should be: title, day, how many questions of each kind to draw (fewer when the bank has fewer),
 * the maximum score (shared out over the questions by kind: 2, 5 and 6 points each by default) and
 * the pass mark; {@code seed} fixes the draw.
 */
public record ExamPlan(String title, LocalDate heldOn, int trueFalse, int singleChoice, int fillBlank,
                       double maxScore, double passMark, long seed) {

    public static final int DEFAULT_TRUE_FALSE = 10;
    public static final int DEFAULT_SINGLE_CHOICE = 10;
    public static final int DEFAULT_FILL_BLANK = 5;
    public static final double DEFAULT_MAX_SCORE = 100;
    public static final double DEFAULT_PASS_MARK = 60;

    /** The defaults: 10 true/false, 10 single choice, 5 fill in the blank, 100 points, pass at 60. */
    public static ExamPlan defaults(String title, LocalDate heldOn) {
        return new ExamPlan(title, heldOn, DEFAULT_TRUE_FALSE, DEFAULT_SINGLE_CHOICE, DEFAULT_FILL_BLANK,
                DEFAULT_MAX_SCORE, DEFAULT_PASS_MARK, heldOn == null ? 0 : heldOn.toEpochDay());
    }
}
