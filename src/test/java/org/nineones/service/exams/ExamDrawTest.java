package org.nineones.service.exams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.exams.Exam;
import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.exams.PaperQuestion;
import org.nineones.model.exams.QuestionKind;
import org.nineones.model.exams.QuestionOrigin;
import org.nineones.store.Workspace;

class ExamDrawTest {

    @TempDir
    Path dir;

    private final ExamService exams = new ExamService(ExamWorkspaces.MESSAGES);

    private static List<ExamQuestion> bank(int tf, int sc, int fb) {
        List<ExamQuestion> bank = new java.util.ArrayList<>();
        long id = 1;
        for (int i = 0; i < tf; i++) {
            bank.add(new ExamQuestion(id++, 1L, QuestionKind.TRUE_FALSE, "判断" + i, List.of(), "对",
                    QuestionOrigin.MANUAL, null, false));
        }
        for (int i = 0; i < sc; i++) {
            bank.add(new ExamQuestion(id++, 1L, QuestionKind.SINGLE_CHOICE, "选择" + i, List.of("甲", "乙"), "A",
                    QuestionOrigin.MANUAL, null, false));
        }
        for (int i = 0; i < fb; i++) {
            bank.add(new ExamQuestion(id++, 1L, QuestionKind.FILL_BLANK, "填空" + i + ExamQuestion.BLANK, List.of(), "词",
                    QuestionOrigin.MANUAL, null, false));
        }
        bank.add(new ExamQuestion(id, 1L, QuestionKind.TRUE_FALSE, "停用的题", List.of(), "对", QuestionOrigin.MANUAL,
                null, true));
        return bank;
    }

    private static double sum(List<PaperQuestion> paper) {
        return paper.stream().mapToDouble(PaperQuestion::points).sum();
    }

    @Test
    void theDefaultPaperHasTenTenAndFiveQuestionsWorthTwoFiveAndSixPoints() {
        ExamPlan plan = ExamPlan.defaults("年度考试", LocalDate.of(2026, 11, 20));
        List<PaperQuestion> paper = PaperDraw.score(PaperDraw.draw(bank(30, 30, 30), plan), plan.maxScore());
        Map<QuestionKind, List<PaperQuestion>> byKind = paper.stream()
                .collect(Collectors.groupingBy(p -> p.question().kind()));
        assertEquals(10, byKind.get(QuestionKind.TRUE_FALSE).size());
        assertEquals(10, byKind.get(QuestionKind.SINGLE_CHOICE).size());
        assertEquals(5, byKind.get(QuestionKind.FILL_BLANK).size());
        assertTrue(byKind.get(QuestionKind.TRUE_FALSE).stream().allMatch(p -> p.points() == 2));
        assertTrue(byKind.get(QuestionKind.SINGLE_CHOICE).stream().allMatch(p -> p.points() == 5));
        assertTrue(byKind.get(QuestionKind.FILL_BLANK).stream().allMatch(p -> p.points() == 6));
        assertEquals(100.0, sum(paper));
        assertEquals(List.of(QuestionKind.TRUE_FALSE, QuestionKind.SINGLE_CHOICE, QuestionKind.FILL_BLANK),
                paper.stream().map(p -> p.question().kind()).distinct().toList(), "sections in order");
        assertTrue(paper.stream().noneMatch(p -> p.question().retired()));
        for (int i = 0; i < paper.size(); i++) {
            assertEquals(i + 1, paper.get(i).position());
        }
    }

    @Test
    void aSmallBankGivesWhatItHasAndThePointsStillSumToTheMaximum() {
        for (double max : List.of(100.0, 50.0, 37.5, 10.0, 7.0)) {
            for (int[] counts : List.of(new int[] {3, 2, 1}, new int[] {7, 0, 0}, new int[] {0, 3, 0},
                    new int[] {1, 1, 1})) {
                ExamPlan plan = new ExamPlan("小题库", LocalDate.of(2026, 11, 20), 10, 10, 5, max, 0, 7);
                List<ExamQuestion> drawn = PaperDraw.draw(bank(counts[0], counts[1], counts[2]), plan);
                assertEquals(counts[0] + counts[1] + counts[2], drawn.size());
                List<PaperQuestion> paper = PaperDraw.score(drawn, max);
                assertEquals(max, sum(paper), 1e-9, () -> max + " " + java.util.Arrays.toString(counts));
                assertTrue(paper.stream().allMatch(p -> p.points() > 0 && p.points() * 2 == Math.rint(p.points() * 2)));
            }
        }
    }

    @Test
    void everyQuestionOfAKindIsWorthTheSameWhenThePointsAllowIt() {
        List<PaperQuestion> paper = PaperDraw.score(PaperDraw.draw(bank(9, 10, 5),
                ExamPlan.defaults("题库少一道判断题", LocalDate.of(2026, 11, 20))), 100);
        Map<QuestionKind, List<Double>> points = paper.stream().collect(Collectors.groupingBy(p -> p.question().kind(),
                Collectors.mapping(PaperQuestion::points, Collectors.toList())));
        assertEquals(List.of(2.5), points.get(QuestionKind.TRUE_FALSE).stream().distinct().toList());
        assertEquals(List.of(5.0), points.get(QuestionKind.SINGLE_CHOICE).stream().distinct().toList());
        assertEquals(List.of(5.5), points.get(QuestionKind.FILL_BLANK).stream().distinct().toList());
        assertEquals(100.0, sum(paper));
    }

    @Test
    void theDrawIsFixedByTheSeed() {
        ExamPlan a = new ExamPlan("甲", LocalDate.of(2026, 11, 20), 5, 5, 2, 100, 60, 42);
        List<Long> first = PaperDraw.draw(bank(30, 30, 30), a).stream().map(ExamQuestion::id).toList();
        assertEquals(first, PaperDraw.draw(bank(30, 30, 30), a).stream().map(ExamQuestion::id).toList());
        ExamPlan b = new ExamPlan("乙", LocalDate.of(2026, 11, 20), 5, 5, 2, 100, 60, 43);
        assertNotEquals(first, PaperDraw.draw(bank(30, 30, 30), b).stream().map(ExamQuestion::id).toList());
    }

    @Test
    void anExamIsStoredWithItsPaperAndChecked() throws Exception {
        ExamWorkspaces.Seeded s = ExamWorkspaces.create(dir.resolve("考试.nineones"));
        try (Workspace ws = s.workspace()) {
            assertTrue(assertThrows(ExamException.class, () -> exams.createExam(ws, s.electrician(),
                    ExamPlan.defaults("年度考试", LocalDate.of(2026, 11, 20)))).getMessage().contains("题库"));
            exams.generate(ws, s.electrician());
            Exam exam = exams.createExam(ws, s.electrician(), ExamPlan.defaults("  2026年度电工安全考试 ",
                    LocalDate.of(2026, 11, 20)));
            assertEquals("2026年度电工安全考试", exam.title());
            assertEquals(100, exam.maxScore());
            assertEquals(60, exam.passMark());
            List<PaperQuestion> paper = exams.paper(ws, exam.id());
            assertEquals(100.0, sum(paper), 1e-9);
            Map<QuestionKind, Long> available = exams.questions(ws, s.electrician()).stream()
                    .collect(Collectors.groupingBy(ExamQuestion::kind, Collectors.counting()));
            assertEquals(Math.min(10, available.get(QuestionKind.TRUE_FALSE))
                    + Math.min(10, available.get(QuestionKind.SINGLE_CHOICE))
                    + Math.min(5, available.get(QuestionKind.FILL_BLANK)), paper.size());
            assertEquals(List.of(exam), exams.exams(ws, s.electrician()));

            assertEquals("及格分请填 0 到满分 100 之间的数。", assertThrows(ExamException.class, () -> exams.createExam(ws,
                    s.electrician(), new ExamPlan("考试", LocalDate.of(2026, 11, 20), 10, 10, 5, 100, 120, 1)))
                    .getMessage());
            assertThrows(ExamException.class, () -> exams.createExam(ws, s.electrician(),
                    new ExamPlan(" ", LocalDate.of(2026, 11, 20), 10, 10, 5, 100, 60, 1)));
            assertThrows(ExamException.class, () -> exams.createExam(ws, s.electrician(),
                    new ExamPlan("考试", LocalDate.of(2026, 11, 20), 0, 0, 0, 100, 60, 1)));
            assertThrows(ExamException.class, () -> exams.createExam(ws, s.electrician(),
                    new ExamPlan("考试", LocalDate.of(2026, 11, 20), 10, 10, 5, -5, 0, 1)));
            assertThrows(ExamException.class, () -> exams.createExam(ws, s.electrician(),
                    new ExamPlan("考试", LocalDate.of(2026, 11, 20), 10, 10, 5, 10, 5, 1)), "10 points are too few for 24 questions");
            assertEquals(1, exams.exams(ws, s.electrician()).size(), "nothing half-written");
        }
    }
}
