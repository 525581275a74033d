package org.nineones.model.exams;

import java.util.List;

/**
 * A question of a post's bank. {@code options} are the choices of a single-choice question (without their letters),
 * empty otherwise; {@code answer} is the option's letter (A, B…), 对/错 for true/false, or the missing words of a
 * fill-in-the-blank question, whose stem marks the blank with {@link #BLANK}.
 *
 * @param sourceVersionId the content version a generated question was made from, or null
 */
public record ExamQuestion(Long id, Long postId, QuestionKind kind, String stem, List<String> options, String answer,
                           QuestionOrigin origin, Long sourceVersionId, boolean retired) {

    /** How a blank is marked in a stem. */
    public static final String BLANK = "______";
    /** The answer of a true statement. */
    public static final String TRUE = "对";
    /** The answer of a false statement. */
    public static final String FALSE = "错";

    public ExamQuestion {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The letter of the option at a 0-based index: A, B, C… */
    public static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /**
     * The options with their letters, each after {@code separator} ("A. …"), for wherever a question is shown or
     * printed after its stem: a line break and an indent on paper, two spaces in a table's cell; empty without options.
     */
    public String lettered(String separator) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            b.append(separator).append(letter(i)).append(". ").append(options.get(i));
        }
        return b.toString();
    }

    public ExamQuestion withId(long newId) {
        return new ExamQuestion(newId, postId, kind, stem, options, answer, origin, sourceVersionId, retired);
    }
}
