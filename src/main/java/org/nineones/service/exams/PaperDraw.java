package org.nineones.service.exams;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.exams.PaperQuestion;
import org.nineones.model.exams.QuestionKind;

/**
 * Draws a paper from a bank: per kind (true/false, single choice, fill in the blank, in that order) the wanted
 * number of questions, or all the bank has, shuffled by the seed; then shares the maximum score out in half points,
 * by the kinds' weights, the
 * remainder going to the first questions, so the points always sum to the maximum. The weights are 2, 5 and 6 (true/false,
 * single choice, fill in the blank): the default 10 + 10 + 5 questions give 2, 5 and 6 points, 100 in all.
 */
final class PaperDraw {

    private PaperDraw() {
    }

    static int weight(QuestionKind kind) {
        return switch (kind) {
            case TRUE_FALSE -> 2;
            case SINGLE_CHOICE -> 5;
            case FILL_BLANK -> 6;
        };
    }

    static int wanted(ExamPlan plan, QuestionKind kind) {
        return switch (kind) {
            case TRUE_FALSE -> plan.trueFalse();
            case SINGLE_CHOICE -> plan.singleChoice();
            case FILL_BLANK -> plan.fillBlank();
        };
    }

    /** The questions drawn, in paper order, without points. */
    static List<ExamQuestion> draw(List<ExamQuestion> bank, ExamPlan plan) {
        List<ExamQuestion> drawn = new ArrayList<>();
        for (QuestionKind kind : QuestionKind.values()) {
            List<ExamQuestion> pool = new ArrayList<>(bank.stream()
                    .filter(q -> q.kind() == kind && !q.retired())
                    .sorted(Comparator.comparing(ExamQuestion::id)).toList());
            Collections.shuffle(pool, new Random(plan.seed() * 31 + kind.ordinal()));
            drawn.addAll(pool.subList(0, Math.min(Math.max(0, wanted(plan, kind)), pool.size())));
        }
        return drawn;
    }

    /** Points per question (half points) summing exactly to {@code maxScore}, a multiple of 0.5. */
    static List<PaperQuestion> score(List<ExamQuestion> drawn, double maxScore) {
        int halves = (int) Math.round(maxScore * 2);
        int totalWeight = drawn.stream().mapToInt(q -> weight(q.kind())).sum();
        int[] share = new int[drawn.size()];
        int given = 0;
        for (int i = 0; i < drawn.size(); i++) {
            share[i] = halves * weight(drawn.get(i).kind()) / totalWeight;
            given += share[i];
        }
        for (int i = 0; given < halves; i = (i + 1) % drawn.size()) {
            share[i]++;
            given++;
        }
        List<PaperQuestion> paper = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            paper.add(new PaperQuestion(i + 1, drawn.get(i), share[i] / 2.0));
        }
        return paper;
    }
}
