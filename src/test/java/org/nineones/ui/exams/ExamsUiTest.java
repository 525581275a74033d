package org.nineones.ui.exams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;

import org.junit.jupiter.api.Test;
import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.exams.ExamResult;
import org.nineones.service.exams.ExamWorkspaces;
import org.nineones.store.Workspace;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.ExamsHandle;
import org.nineones.ui.handles.PrintPreviewHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class ExamsUiTest extends UiTestBase {

    private static final String POST = "维修车间 / 维修电工";

    private ExamsHandle open(FxRobot robot) throws Exception {
        Path file = tempDir.resolve("企业").resolve("示范化工.nineones");
        Files.createDirectories(file.getParent());
        try (Workspace ws = ExamWorkspaces.create(file).workspace()) {
            ws.file();
        }
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        return new ExamsHandle(robot).open().post(POST);
    }

    @Test
    void generatesQuestionsMakesAnExamPreviewsItRecordsScoresAndCorrectsOne(FxRobot robot) throws Exception {
        ExamsHandle exams = open(robot);
        assertTrue(exams.questions().isEmpty());

        exams.generate();
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        assertTrue(ui.dialogs.infos.get(ui.dialogs.infos.size() - 1).startsWith("新增 "), ui.dialogs.infos.toString());
        int generated = exams.questions().size();
        assertTrue(generated > 20, "questions: " + generated);
        assertTrue(exams.questionCount().startsWith("可用 " + generated + " 道"), exams.questionCount());

        exams.addTrueFalse("停电检修必须执行挂牌上锁。", "√");
        assertEquals(generated + 1, exams.questions().size());
        ExamQuestion added = exams.questions().get(exams.questions().size() - 1);
        assertEquals("对", added.answer());
        exams.selectQuestion(added.stem());
        ui.dialogs.confirmations.add(true);
        exams.retireSelected();
        assertEquals(generated, exams.questions().size(), "retired questions are hidden");

        String day = LocalDate.now().minusDays(2).toString();
        exams.newExam("2026年度维修电工安全考试", day);
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        assertEquals(List.of("2026年度维修电工安全考试"), exams.exams().stream().map(e -> e.title()).toList());

        PrintPreviewHandle paper = exams.previewPaper();
        // the draw is seeded by the day the dialog opens: the paper takes two or three pages, by the questions drawn
        assertTrue(paper.page().matches("第 1 页 / 共 [23] 页"), paper.page());
        paper.close();
        PrintPreviewHandle key = exams.previewKey();
        assertTrue(key.page().startsWith("第 1 页"), key.page());
        key.close();

        assertEquals(List.of("张伟", "李娜", "王强"), exams.results().stream().map(c -> c.employee().name()).toList());
        exams.openScoreEntry();
        assertFalse(exams.canSaveScores(), "nothing typed yet");
        assertEquals("张伟：成绩 120 超过了本次考试的满分 100，请核对。", exams.score(0, "120"));
        assertFalse(exams.canSaveScores());
        assertEquals("张伟：成绩不能为负数（-1）。", exams.score(0, "-1"));
        assertEquals("", exams.score(0, "85"));
        assertEquals("", exams.score(1, "55"));
        assertTrue(exams.canSaveScores());
        snapshot(robot, "exams-scores.png");
        exams.saveScores();
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        assertEquals("85", exams.resultCell("张伟", "resultScoreColumn"));
        assertEquals("合格", exams.resultCell("张伟", "resultPassedColumn"));
        assertEquals("不合格", exams.resultCell("李娜", "resultPassedColumn"));
        assertEquals("未登记", exams.resultCell("王强", "resultPassedColumn"));

        ui.dialogs.texts.add("65");
        ui.dialogs.texts.add("第3题阅卷漏加10分");
        exams.selectPerson("李娜").correct();
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
        assertEquals("65", exams.resultCell("李娜", "resultScoreColumn"));
        assertEquals("合格", exams.resultCell("李娜", "resultPassedColumn"));
        assertEquals("更正 1 次：第3题阅卷漏加10分", exams.resultCell("李娜", "resultNoteColumn"));

        exams.selectPerson("李娜").history();
        String history = ui.dialogs.infos.get(ui.dialogs.infos.size() - 1);
        assertTrue(history.startsWith("登记：55 分，不合格（"), history);
        assertTrue(history.contains("\n更正为：65 分，合格，原因：第3题阅卷漏加10分（"), history);
        snapshot(robot, "exams-tab.png");

        Workspace ws = ui.main.viewModel().session().workspace();
        List<ExamResult> rows = ws.read(s -> s.exams().allResultRows());
        assertEquals(3, rows.size(), "two results and one correction, none edited");
        assertEquals(55.0, rows.get(1).score());
        assertEquals(rows.get(1).id(), rows.get(2).correctsId());
    }

    @Test
    void theNewExamDialogChecksAsTypedAndAnEmptyBankIsToldPlainly(FxRobot robot) throws Exception {
        ExamsHandle exams = open(robot).post("维修车间 / 电焊工");
        robot.clickOn("#newExamButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("日期无法识别，请按 2026-11-20 格式填写。", exams.newExamProblemFor("examDateField", "2026年13月1日"));
        assertEquals("", exams.newExamProblemFor("examDateField", "2026年11月1日"));
        assertEquals("及格分请填 0 到满分 100 之间的数。", exams.newExamProblemFor("passMarkField", "160"));
        assertEquals("", exams.newExamProblemFor("passMarkField", "80"));
        assertEquals("题目数量请填 0 到 200 之间的整数，且至少一道题。", exams.newExamProblemFor("trueFalseCountField", "-1"));
        assertEquals("", exams.newExamProblemFor("trueFalseCountField", "5"));
        robot.clickOn("#createExamButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("岗位“电焊工”的题库中没有可用的题目。请先生成题目或新增题目。"), ui.dialogs.errors);
        assertTrue(exams.exams().isEmpty());
    }

    /** Writes a picture of the main window (or the top dialog) when EXAMS_SNAPSHOTS names a folder. */
    private void snapshot(FxRobot robot, String name) throws Exception {
        String folder = System.getenv("EXAMS_SNAPSHOTS");
        if (folder == null) {
            return;
        }
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            javafx.stage.Window top = javafx.stage.Window.getWindows().get(javafx.stage.Window.getWindows().size() - 1);
            image[0] = top.getScene().snapshot(null);
        });
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", Path.of(folder).resolve(name).toFile());
    }
}
