package org.nineones.service.exams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.OperatingProcedure;
import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.exams.QuestionKind;
import org.nineones.model.exams.QuestionOrigin;
import org.nineones.store.Workspace;

class ExamGenerationTest {

    @TempDir
    Path dir;

    private final ExamService exams = new ExamService(ExamWorkspaces.MESSAGES);

    private static List<String> fingerprint(List<ExamQuestion> questions) {
        return questions.stream().map(q -> q.kind() + "|" + q.stem() + "|" + q.options() + "|" + q.answer()).toList();
    }

    @Test
    void generatesEveryKindWithCorrectAnswersFromTheContentInForce() throws Exception {
        ExamWorkspaces.Seeded s = ExamWorkspaces.create(dir.resolve("考试").resolve("一.nineones"));
        try (Workspace ws = s.workspace()) {
            GenerationResult result = exams.generate(ws, s.electrician());
            List<ExamQuestion> bank = exams.questions(ws, s.electrician());
            assertEquals(bank.size(), result.added());
            assertEquals(0, result.retired());
            Set<QuestionKind> kinds = bank.stream().map(ExamQuestion::kind).collect(Collectors.toSet());
            assertEquals(Set.of(QuestionKind.values()), kinds);
            long dutyVersion = ws.read(st -> st.content().inForce(s.electrician(), ContentKind.DUTY_LIST,
                    exams.today()).orElseThrow().id());
            long procedureVersion = ws.read(st -> st.content().inForce(s.electrician(), ContentKind.PROCEDURE,
                    exams.today()).orElseThrow().id());
            assertTrue(bank.stream().allMatch(q -> q.origin() == QuestionOrigin.GENERATED && !q.retired()
                    && (q.sourceVersionId() == dutyVersion || q.sourceVersionId() == procedureVersion)));

            DutyList duties = ExamWorkspaces.electricianDuties();
            OperatingProcedure procedure = ExamWorkspaces.electricianProcedure();
            List<String> dutyTexts = duties.items().stream().map(DutyItem::duty).toList();
            List<String> texts = new ArrayList<>(dutyTexts);
            texts.addAll(procedure.beforeWork());
            texts.addAll(procedure.duringWork());
            texts.addAll(procedure.afterWork());
            texts.addAll(procedure.prohibitedActs());

            for (ExamQuestion q : bank) {
                switch (q.kind()) {
                    case TRUE_FALSE -> {
                        assertTrue(Set.of("对", "错").contains(q.answer()), q.toString());
                        boolean statesAnItemAsItIs = texts.stream().anyMatch(t -> q.stem().contains(t + "。"))
                                && !q.stem().contains("不承担") && !q.stem().contains("只适用于")
                                && !q.stem().contains("是允许的");
                        assertEquals(statesAnItemAsItIs ? "对" : "错", q.answer(), q.stem());
                    }
                    case SINGLE_CHOICE -> {
                        int index = q.answer().charAt(0) - 'A';
                        assertTrue(index >= 0 && index < q.options().size(), q.toString());
                        String right = q.options().get(index);
                        if (q.stem().contains("安全生产职责")) {
                            assertTrue(dutyTexts.contains(right), q.toString());
                            assertEquals(1, q.options().stream().filter(dutyTexts::contains).count(), q.toString());
                        } else if (q.stem().contains("禁止的行为")) {
                            assertTrue(procedure.prohibitedActs().contains(right), q.toString());
                            assertEquals(1, q.options().stream().filter(procedure.prohibitedActs()::contains).count());
                        } else if (q.stem().contains("劳动防护用品")) {
                            assertTrue(procedure.protectiveEquipment().contains(right), q.toString());
                            assertEquals(1, q.options().stream().filter(procedure.protectiveEquipment()::contains)
                                    .count());
                        } else {
                            assertEquals(List.of("作业前", "作业中", "作业后"), q.options());
                            String step = q.stem().substring(1, q.stem().indexOf('”'));
                            List<List<String>> stages = List.of(procedure.beforeWork(), procedure.duringWork(),
                                    procedure.afterWork());
                            assertTrue(stages.get(index).contains(step), q.toString());
                        }
                    }
                    case FILL_BLANK -> {
                        assertTrue(q.stem().contains(ExamQuestion.BLANK));
                        String body = q.stem().substring(q.stem().indexOf('）') + 1);
                        String filled = body.replace(ExamQuestion.BLANK, q.answer());
                        assertTrue(texts.contains(filled), q.toString());
                        assertFalse(body.contains(q.answer()), "the answer is blanked everywhere: " + q);
                    }
                    default -> throw new AssertionError();
                }
            }
            // the documented alterations: a negation (不得→可以) and a responsible party swapped
            assertTrue(bank.stream().anyMatch(q -> q.kind() == QuestionKind.TRUE_FALSE && q.answer().equals("错")));
            assertTrue(bank.stream().anyMatch(q -> q.kind() == QuestionKind.TRUE_FALSE && q.answer().equals("对")));
            assertEquals("取得电工作业特种作业操作证，按期复审，可以超范围作业",
                    QuestionGenerator.negate("取得电工作业特种作业操作证，按期复审，不得超范围作业"));
            assertEquals("允许带电作业", QuestionGenerator.negate("严禁带电作业"));
            // distractors for duties come from the welder's duty list
            assertTrue(bank.stream().filter(q -> q.stem().contains("安全生产职责")).flatMap(q -> q.options().stream())
                    .anyMatch(o -> o.contains("动火作业票")));
        }
    }

    @Test
    void sameContentGivesTheSameQuestions() throws Exception {
        ExamWorkspaces.Seeded a = ExamWorkspaces.create(dir.resolve("甲.nineones"));
        ExamWorkspaces.Seeded b = ExamWorkspaces.create(dir.resolve("乙.nineones"));
        try (Workspace wa = a.workspace(); Workspace wb = b.workspace()) {
            exams.generate(wa, a.electrician());
            exams.generate(wb, b.electrician());
            List<String> first = fingerprint(exams.questions(wa, a.electrician()));
            assertFalse(first.isEmpty());
            assertEquals(first, fingerprint(exams.questions(wb, b.electrician())));

            GenerationResult again = exams.generate(wa, a.electrician());
            assertEquals(new GenerationResult(0, 0, first.size()), again);
            assertEquals(first, fingerprint(exams.questions(wa, a.electrician())));
        }
    }

    @Test
    void regeneratingAfterANewVersionRetiresTheOldQuestionsAndAddsNewOnes() throws Exception {
        ExamWorkspaces.Seeded s = ExamWorkspaces.create(dir.resolve("新版.nineones"));
        try (Workspace ws = s.workspace()) {
            exams.generate(ws, s.electrician());
            List<ExamQuestion> before = exams.questions(ws, s.electrician());
            ExamQuestion handRetired = before.get(0);
            exams.retireQuestion(ws, handRetired.id());
            ExamQuestion manual = exams.addQuestion(ws, s.electrician(), new QuestionDraft(QuestionKind.TRUE_FALSE,
                    "停电检修必须挂牌上锁。", List.of(), "√"));

            // same content: the hand-retired question is not brought back
            assertEquals(0, exams.generate(ws, s.electrician()).added());
            assertTrue(exams.questions(ws, s.electrician()).get(0).retired());

            List<DutyItem> items = new ArrayList<>(ExamWorkspaces.electricianDuties().items());
            items.add(DutyItem.of("每月参加一次班组安全活动"));
            ExamWorkspaces.CONTENT.saveAndApprove(ws, s.electrician(), ContentKind.DUTY_LIST, new DutyList(items),
                    "王建国", ExamWorkspaces.IN_FORCE_FROM.plusMonths(1));
            long newVersion = ws.read(st -> st.content().inForce(s.electrician(), ContentKind.DUTY_LIST,
                    exams.today()).orElseThrow().id());

            GenerationResult result = exams.generate(ws, s.electrician());
            long oldDutyQuestions = before.stream().filter(q -> !q.sourceVersionId().equals(newVersion)
                    && q.sourceVersionId() != procedureVersion(ws, s)).count();
            assertEquals(oldDutyQuestions - 1, result.retired(), "every old duty question but the one retired by hand");
            assertTrue(result.added() > oldDutyQuestions, "one more duty gives more questions");
            List<ExamQuestion> after = exams.questions(ws, s.electrician());
            assertTrue(after.stream().filter(q -> !q.retired() && q.origin() == QuestionOrigin.GENERATED)
                    .allMatch(q -> q.sourceVersionId() == newVersion || q.sourceVersionId() == procedureVersion(ws, s)));
            assertTrue(after.stream().anyMatch(q -> !q.retired() && q.options().contains("每月参加一次班组安全活动")));
            assertFalse(after.stream().filter(q -> q.id().equals(manual.id())).findFirst().orElseThrow().retired(),
                    "a question written by hand stays");
        }
    }

    private static long procedureVersion(Workspace ws, ExamWorkspaces.Seeded s) {
        return ws.read(st -> st.content().latestApproved(s.electrician(), ContentKind.PROCEDURE).orElseThrow().id());
    }

    @Test
    void aPostWithoutContentHasNothingToGenerate() throws Exception {
        ExamWorkspaces.Seeded s = ExamWorkspaces.create(dir.resolve("空.nineones"));
        try (Workspace ws = s.workspace()) {
            long empty = ws.write(st -> st.posts().insert(new org.nineones.model.Post(null,
                    st.posts().find(s.welder()).orElseThrow().orgUnitId(), "仓库保管员",
                    org.nineones.model.PostCategory.OPERATOR, org.nineones.model.RiskLevel.LOW)).id());
            ExamException e = assertThrows(ExamException.class, () -> exams.generate(ws, empty));
            assertTrue(e.getMessage().contains("仓库保管员"), e.getMessage());
        }
    }

    @Test
    void handWrittenQuestionsAreCheckedEditedInPlaceUntilUsedThenReplaced() throws Exception {
        ExamWorkspaces.Seeded s = ExamWorkspaces.create(dir.resolve("手工.nineones"));
        try (Workspace ws = s.workspace()) {
            assertEquals("判断题的答案请填“对”或“错”。", assertThrows(ExamException.class, () -> exams.addQuestion(ws,
                    s.electrician(), new QuestionDraft(QuestionKind.TRUE_FALSE, "电工可以约时停送电。", List.of(), "也许")))
                    .getMessage());
            assertThrows(ExamException.class, () -> exams.addQuestion(ws, s.electrician(),
                    new QuestionDraft(QuestionKind.SINGLE_CHOICE, "哪一项正确？", List.of("甲", "乙"), "C")));
            assertThrows(ExamException.class, () -> exams.addQuestion(ws, s.electrician(),
                    new QuestionDraft(QuestionKind.FILL_BLANK, "没有空位的填空题", List.of(), "空")));

            ExamQuestion choice = exams.addQuestion(ws, s.electrician(), new QuestionDraft(QuestionKind.SINGLE_CHOICE,
                    "验电应使用什么？", List.of("合格的验电器", "手背试电", "", "试电笔以外的任何工具"), "a"));
            assertEquals(List.of("合格的验电器", "手背试电", "试电笔以外的任何工具"), choice.options());
            assertEquals("A", choice.answer());
            ExamQuestion blank = exams.addQuestion(ws, s.electrician(), new QuestionDraft(QuestionKind.FILL_BLANK,
                    "停电后先（ ），确认无电后装设接地线。", List.of(), "验电"));
            assertEquals("停电后先" + ExamQuestion.BLANK + "，确认无电后装设接地线。", blank.stem());

            ExamQuestion edited = exams.editQuestion(ws, choice.id(), new QuestionDraft(QuestionKind.SINGLE_CHOICE,
                    "验电应使用什么工具？", List.of("合格的验电器", "手背试电"), "A"));
            assertEquals(choice.id(), edited.id(), "unused: edited in place");

            exams.createExam(ws, s.electrician(), new ExamPlan("手工题考试", exams.today(), 0, 1, 1, 10, 6, 1));
            ExamQuestion replaced = exams.editQuestion(ws, choice.id(), new QuestionDraft(QuestionKind.SINGLE_CHOICE,
                    "验电应使用哪种工具？", List.of("合格的验电器", "手背试电"), "A"));
            assertNotEquals(choice.id(), replaced.id(), "used: retired and added anew");
            List<ExamQuestion> bank = exams.questions(ws, s.electrician());
            assertTrue(bank.stream().filter(q -> q.id().equals(choice.id())).findFirst().orElseThrow().retired());
            assertEquals("验电应使用什么工具？", exams.paper(ws, exams.exams(ws, s.electrician()).get(0).id()).stream()
                    .filter(p -> p.question().id().equals(choice.id())).findFirst().orElseThrow().question().stem(),
                    "the paper keeps the text it was drawn with");
            assertThrows(ExamException.class, () -> exams.retireQuestion(ws, choice.id()));
            exams.retireQuestion(ws, blank.id());
            assertEquals(List.of("exams.question.retire"), ws.read(st -> st.audit().latest(1)).stream()
                    .map(e -> e.action()).toList());
        }
    }
}
