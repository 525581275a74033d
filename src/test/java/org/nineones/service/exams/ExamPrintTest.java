package org.nineones.service.exams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.exams.Exam;
import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.exams.PaperQuestion;
import org.nineones.model.exams.QuestionKind;
import org.nineones.report.PdfFiles;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrint;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.ledger.RecordPrintResult;
import org.nineones.service.print.PrintException;
import org.nineones.store.Workspace;

class ExamPrintTest {

    @TempDir
    Path dir;

    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static RecordPrintRequest request(String post, Long examId, boolean key) {
        return new RecordPrintRequest(post, null, null, null, examId, key, LocalDate.of(2026, 11, 28));
    }

    @Test
    void thePaperHasNoAnswersTheKeyHasThemAllAndBothEmbedTheFont() throws Exception {
        ExamWorkspaces.Seeded s = ExamWorkspaces.create(dir.resolve("试卷").resolve("示范化工.nineones"));
        RecordPrint print = ExamWorkspaces.services(dir.resolve("设置")).recordPrints().byKey("exam").orElseThrow();
        ExamService exams = new ExamService(ExamWorkspaces.MESSAGES);
        try (Workspace ws = s.workspace()) {
            exams.generate(ws, s.electrician());
            Exam exam = exams.createExam(ws, s.electrician(), ExamPlan.defaults("2026年度电工安全考试",
                    LocalDate.of(2026, 11, 20)));
            List<PaperQuestion> paper = exams.paper(ws, exam.id());

            Path paperPdf = dir.resolve("试卷").resolve("试卷.pdf");
            RecordPrintResult result = print.print(ws, request(null, exam.id(), false), paperPdf, Progress.NONE);
            assertEquals(1, result.items());
            assertTrue(result.pages() >= 2, "25 questions take more than a page: " + result.pages());
            assertEquals(result.pages(), PdfFiles.pages(paperPdf));
            assertEquals(List.of(), PdfFiles.notEmbeddedFonts(paperPdf));
            String text = flat(PdfFiles.text(paperPdf));
            for (String expected : List.of("示范化工", "2026年度电工安全考试", "岗位：维修电工", "考试日期：2026-11-20",
                    "满分：100分", "及格：60分", "姓名：", "工号：", "得分：", "一、判断题（共", "二、单项选择题（共",
                    "三、填空题（共")) {
                assertTrue(text.contains(flat(expected)), expected);
            }
            assertFalse(text.contains("【答案"), "no answers on the paper");
            for (PaperQuestion pq : paper) {
                ExamQuestion q = pq.question();
                String stem = q.stem().replace(ExamQuestion.BLANK, ExamPrint.PRINTED_BLANK);
                assertTrue(text.contains(flat(stem)), q.stem());
                q.options().forEach(o -> assertTrue(text.contains(flat(o)), o));
                if (q.kind() == QuestionKind.FILL_BLANK) {
                    assertFalse(text.contains(flat(q.stem().replace(ExamQuestion.BLANK, q.answer()))),
                            "the blanked words are not on the paper: " + q.answer());
                }
            }

            Path keyPdf = dir.resolve("试卷").resolve("答案.pdf");
            print.print(ws, request(null, exam.id(), true), keyPdf, Progress.NONE);
            if (System.getenv("EXAMS_KEEP_PDF") != null) {
                Files.copy(paperPdf, Path.of(System.getenv("EXAMS_KEEP_PDF")).resolve("paper.pdf"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.copy(keyPdf, Path.of(System.getenv("EXAMS_KEEP_PDF")).resolve("key.pdf"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            assertEquals(List.of(), PdfFiles.notEmbeddedFonts(keyPdf));
            String key = flat(PdfFiles.text(keyPdf));
            assertTrue(key.contains("参考答案"));
            assertFalse(key.contains("得分："));
            for (PaperQuestion pq : paper) {
                assertTrue(key.contains(flat("【答案：" + pq.question().answer() + "】")), pq.question().answer());
            }
            assertEquals(paper.size(), key.split("【答案：", -1).length - 1);
        }
    }

    @Test
    void aPostSelectsItsLatestExamAndUnknownOnesAreClearlyRefused() throws Exception {
        ExamWorkspaces.Seeded s = ExamWorkspaces.create(dir.resolve("岗位.nineones"));
        RecordPrint print = new ExamPrint(ExamWorkspaces.MESSAGES);
        ExamService exams = new ExamService(ExamWorkspaces.MESSAGES);
        try (Workspace ws = s.workspace()) {
            exams.generate(ws, s.electrician());
            exams.createExam(ws, s.electrician(), new ExamPlan("上半年考试", LocalDate.of(2026, 6, 1), 3, 0, 0, 30, 18, 1));
            exams.createExam(ws, s.electrician(), new ExamPlan("下半年考试", LocalDate.of(2026, 11, 1), 3, 0, 0, 30, 18, 2));
            Path out = dir.resolve("最新.pdf");
            print.print(ws, request(ExamWorkspaces.ELECTRICIAN, null, false), out, Progress.NONE);
            String text = PdfFiles.text(out);
            assertTrue(text.contains("下半年考试"));
            assertFalse(text.contains("上半年考试"));

            assertEquals("找不到编号为 99 的考试。请用“nineones export --kind exams”查看考试编号。",
                    assertThrows(PrintException.class, () -> print.print(ws, request(null, 99L, false),
                            dir.resolve("无.pdf"), Progress.NONE)).getMessage());
            assertEquals("岗位“电焊工”还没有考试。请先在“考试”中新建考试。", assertThrows(PrintException.class,
                    () -> print.print(ws, request(ExamWorkspaces.WELDER, null, false), dir.resolve("无.pdf"),
                            Progress.NONE)).getMessage());
            assertThrows(PrintException.class, () -> print.print(ws, request("锅炉工", null, false),
                    dir.resolve("无.pdf"), Progress.NONE));
            assertFalse(Files.exists(dir.resolve("无.pdf")));
        }
    }
}
