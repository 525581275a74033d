package org.nineones.service.exams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.exams.Exam;
import org.nineones.model.exams.ExamResult;
import org.nineones.store.Workspace;

class ExamResultsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    private final ExamService exams = new ExamService(ExamWorkspaces.MESSAGES,
            Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));

    private Exam exam(Workspace ws, long post, LocalDate day) {
        exams.generate(ws, post);
        return exams.createExam(ws, post, ExamPlan.defaults("2026年度电工安全考试", day));
    }

    @Test
    void scoresAreCheckedPassIsComputedAndAResultIsRecordedOnce() throws Exception {
        ExamWorkspaces.Seeded s = ExamWorkspaces.create(dir.resolve("成绩").resolve("一.nineones"));
        try (Workspace ws = s.workspace()) {
            Exam exam = exam(ws, s.electrician(), TODAY.minusDays(3));
            List<Candidate> candidates = exams.candidates(ws, exam.id());
            assertEquals(List.of("张伟", "李娜", "王强"), candidates.stream().map(c -> c.employee().name()).toList(),
                    "the active people of the post, by employee number");

            assertEquals("成绩 120 超过了本次考试的满分 100，请核对。", exams.scoreProblem(exam, "120").orElseThrow());
            assertEquals("成绩不能为负数（-5）。", exams.scoreProblem(exam, "-5").orElseThrow());
            assertEquals("“八十”不是分数，请填写数字，例如 85 或 85.5。", exams.scoreProblem(exam, "八十").orElseThrow());
            assertEquals("成绩 85.25 最多保留一位小数。", exams.scoreProblem(exam, "85.25").orElseThrow());
            assertTrue(exams.scoreProblem(exam, "８５.５").isEmpty(), "full-width digits");
            assertTrue(exams.scoreProblem(exam, "100").isEmpty());
            assertTrue(exams.scoreProblem(exam, "0").isEmpty());

            Map<Long, Double> bad = new LinkedHashMap<>();
            bad.put(s.zhang(), 85.0);
            bad.put(s.li(), 101.0);
            ExamException e = assertThrows(ExamException.class, () -> exams.recordScores(ws, exam.id(), bad));
            assertEquals("李娜：成绩 101 超过了本次考试的满分 100，请核对。", e.getMessage());
            assertTrue(ws.read(st -> st.exams().resultRows(exam.id())).isEmpty(), "nothing half-written");

            assertTrue(assertThrows(ExamException.class, () -> exams.recordScores(ws, exam.id(),
                    Map.of(s.zhao(), 90.0))).getMessage().contains("不在本次考试的岗位上"));

            Map<Long, Double> scores = new LinkedHashMap<>();
            scores.put(s.zhang(), 85.0);
            scores.put(s.li(), 59.5);
            scores.put(s.wang(), 60.0);
            List<ExamResult> written = exams.recordScores(ws, exam.id(), scores);
            assertEquals(List.of(true, false, true), written.stream().map(ExamResult::passed).toList());
            assertEquals(List.of(85.0, 59.5, 60.0), written.stream().map(ExamResult::score).toList());
            assertEquals("exams.result.record", ws.read(st -> st.audit().latest(1)).get(0).action());

            assertEquals("张伟 的成绩已经登记过。成绩一经登记不能修改，如有错误请用“更正…”。", assertThrows(
                    ExamException.class, () -> exams.recordScores(ws, exam.id(), Map.of(s.zhang(), 90.0)))
                    .getMessage());
        }
    }

    @Test
    void noResultsBeforeTheExamDay() throws Exception {
        ExamWorkspaces.Seeded s = ExamWorkspaces.create(dir.resolve("未来.nineones"));
        try (Workspace ws = s.workspace()) {
            Exam exam = exam(ws, s.electrician(), TODAY.plusDays(1));
            assertEquals("考试日期 2026-11-29 还没到，不能登记成绩。请在考试之后登记，或修改考试日期后新建考试。",
                    assertThrows(ExamException.class, () -> exams.recordScores(ws, exam.id(),
                            Map.of(s.zhang(), 80.0))).getMessage());
        }
    }

    @Test
    void aMistakeIsMendedByACorrectionChainNeverByEditingAndTheTriggersRefuseEdits() throws Exception {
        Path file = dir.resolve("更正.nineones");
        ExamWorkspaces.Seeded s = ExamWorkspaces.create(file);
        try (Workspace ws = s.workspace()) {
            Exam exam = exam(ws, s.electrician(), TODAY);
            ExamResult original = exams.recordScores(ws, exam.id(), Map.of(s.li(), 58.0)).get(0);
            assertFalse(original.passed());

            assertEquals("请填写更正原因。", assertThrows(ExamException.class,
                    () -> exams.correct(ws, original.id(), 68.0, " ")).getMessage());
            assertThrows(ExamException.class, () -> exams.correct(ws, original.id(), 168.0, "阅卷漏加分"));

            ExamResult corrected = exams.correct(ws, original.id(), 68.0, "第3题阅卷漏加10分");
            assertEquals(original.id(), corrected.correctsId());
            assertTrue(corrected.passed());
            assertEquals("第3题阅卷漏加10分", corrected.correctionReason());
            assertEquals("这条成绩已被更正过，请对最新的一条进行更正。", assertThrows(ExamException.class,
                    () -> exams.correct(ws, original.id(), 70.0, "再改")).getMessage());

            Candidate li = exams.candidates(ws, exam.id()).stream().filter(c -> c.employee().id() == s.li())
                    .findFirst().orElseThrow();
            assertEquals(corrected, li.inForce());
            assertEquals(List.of(original, corrected), li.history());
            assertTrue(li.corrected());
            assertEquals(List.of(original, corrected), exams.history(ws, exam.id(), s.li()));

            ExamResult withdrawn = exams.correct(ws, corrected.id(), null, "缺考，误登记");
            assertTrue(withdrawn.voided());
            Candidate after = exams.candidates(ws, exam.id()).stream().filter(c -> c.employee().id() == s.li())
                    .findFirst().orElseThrow();
            assertNull(after.inForce());
            assertEquals(3, after.history().size());
            assertEquals("这条成绩已作废，不能再作废；如需恢复，请填写核实后的成绩。", assertThrows(ExamException.class,
                    () -> exams.correct(ws, withdrawn.id(), null, "再作废一次")).getMessage());
            ExamResult restored = exams.correct(ws, withdrawn.id(), 66.0, "补考后核实为误作废，恢复成绩");
            assertEquals(withdrawn.id(), restored.correctsId());
            assertEquals(restored, exams.candidates(ws, exam.id()).stream().filter(c -> c.employee().id() == s.li())
                    .findFirst().orElseThrow().inForce());
            assertEquals(58.0, ws.read(st -> st.exams().result(original.id())).orElseThrow().score(),
                    "the original is kept as it was");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> st.executeUpdate("UPDATE exam_result SET score = 99 WHERE id = 1"));
            assertTrue(update.getMessage().contains("an exam result cannot be changed"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> st.executeUpdate("DELETE FROM exam_result WHERE id = 1"));
            assertTrue(delete.getMessage().contains("cannot be deleted"), delete.getMessage());
        }
    }
}
