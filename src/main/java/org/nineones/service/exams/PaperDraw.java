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

    /**
     * Points per question (half points) summing exactly to {@code maxScore}, a multiple of 0.5: the same points for
     * every question of a kind when some choice near the kinds' weights adds up exactly, else shared by weight with
     * the remainder on the first questions.
     */
    static List<PaperQuestion> score(List<ExamQuestion> drawn, double maxScore) {
        int halves = (int) Math.round(maxScore * 2);
        int[] perKind = uniform(drawn, halves);
        if (perKind != null) {
            List<PaperQuestion> paper = new ArrayList<>();
            for (int i = 0; i < drawn.size(); i++) {
                paper.add(new PaperQuestion(i + 1, drawn.get(i), perKind[drawn.get(i).kind().ordinal()] / 2.0));
            }
            return paper;
        }
        return byWeight(drawn, halves);
    }

    /** Half points per kind, the same for every question of a kind, summing to {@code halves}; null if none fits. */
    static int[] uniform(List<ExamQuestion> drawn, int halves) {
        QuestionKind[] kinds = QuestionKind.values();
        int[] count = new int[kinds.length];
        drawn.forEach(q -> count[q.kind().ordinal()]++);
        int totalWeight = 0;
        for (QuestionKind k : kinds) {
            totalWeight += count[k.ordinal()] * weight(k);
        }
        if (totalWeight == 0) {
            return null;
        }
        double[] ideal = new double[kinds.length];
        for (QuestionKind k : kinds) {
            ideal[k.ordinal()] = (double) halves * weight(k) / totalWeight;
        }
        int[] best = null;
        double bestError = Double.MAX_VALUE;
        int[] p = new int[kinds.length];
        for (p[0] = count[0] == 0 ? 0 : 1; p[0] <= (count[0] == 0 ? 0 : halves); p[0]++) {
            for (p[1] = count[1] == 0 ? 0 : 1; p[1] <= (count[1] == 0 ? 0 : halves); p[1]++) {
                int rest = halves - p[0] * count[0] - p[1] * count[1];
                if (rest < 0) {
                    break;
                }
                if (count[2] == 0 ? rest != 0 : rest <= 0 || rest % count[2] != 0) {
                    continue;
                }
                p[2] = count[2] == 0 ? 0 : rest / count[2];
                double error = 0;
                for (int k = 0; k < kinds.length; k++) {
                    error += count[k] * Math.abs(p[k] - ideal[k]) / Math.max(ideal[k], 1);
                }
                // keep the kinds in the order of their weights (a choice never worth less than a true/false)
                boolean ordered = (count[0] == 0 || count[1] == 0 || p[0] <= p[1])
                        && (count[1] == 0 || count[2] == 0 || p[1] <= p[2])
                        && (count[0] == 0 || count[2] == 0 || p[0] <= p[2]);
                if (ordered && error < bestError - 1e-12 && error <= 0.25 * drawn.size()) {
                    bestError = error;
                    best = p.clone();
                }
            }
        }
        return best;
    }

    private static List<PaperQuestion> byWeight(List<ExamQuestion> drawn, int halves) {
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
