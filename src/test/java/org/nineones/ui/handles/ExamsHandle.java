package org.nineones.ui.handles;

import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;

import org.nineones.model.exams.Exam;
import org.nineones.model.exams.ExamQuestion;
import org.nineones.service.exams.Candidate;
import org.nineones.service.exams.ExamService;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** 考试: the post, the question bank, the exams, the results and their dialogs. */
public final class ExamsHandle extends Handle {

    public ExamsHandle(FxRobot robot) {
        super(robot);
    }

    /** Selects the 考试 tab. */
    public ExamsHandle open() {
        TabPane tabs = node("workspaceTabs");
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> "examsTab".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public ExamsHandle post(String label) {
        ComboBox<ExamService.PostChoice> box = node("examPostBox");
        robot.interact(() -> box.setValue(box.getItems().stream().filter(p -> p.label().equals(label)).findFirst()
                .orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public List<ExamQuestion> questions() {
        TableView<ExamQuestion> table = node("questionsTable");
        return List.copyOf(table.getItems());
    }

    public String questionCount() {
        return label("questionCount");
    }

    public void generate() {
        click("generateQuestionsButton");
    }

    /** Opens 新增…, fills the dialog, saves. */
    public void addTrueFalse(String stem, String answer) {
        click("addQuestionButton");
        fill("questionStemField", stem);
        fill("questionAnswerField", answer);
        click("saveQuestionButton");
    }

    public void selectQuestion(String stem) {
        TableView<ExamQuestion> table = node("questionsTable");
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(q -> q.stem().equals(stem)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void retireSelected() {
        click("retireQuestionButton");
    }

    /** Opens 新建考试…, sets the title and date, creates. */
    public void newExam(String title, String date) {
        click("newExamButton");
        fill("examTitleField", title);
        fill("examDateField", date);
        click("createExamButton");
    }

    public String newExamProblemFor(String field, String text) {
        fill(field, text);
        Label problem = node("newExamProblem");
        return problem.getText();
    }

    public List<Exam> exams() {
        TableView<Exam> table = node("examsTable");
        return List.copyOf(table.getItems());
    }

    public PrintPreviewHandle previewPaper() {
        click("previewPaperButton");
        return new PrintPreviewHandle(robot);
    }

    public PrintPreviewHandle previewKey() {
        click("previewKeyButton");
        return new PrintPreviewHandle(robot);
    }

    public ExamsHandle openScoreEntry() {
        click("recordScoresButton");
        return this;
    }

    /** Types a score into the score dialog's row (0-based) and returns the dialog's problem text. */
    public String score(int row, String text) {
        fill("scoreField" + row, text);
        Label problem = node("scoreProblem");
        return problem.getText();
    }

    public boolean canSaveScores() {
        return !disabled("saveScoresButton");
    }

    public void saveScores() {
        click("saveScoresButton");
    }

    public List<Candidate> results() {
        TableView<Candidate> table = node("resultsTable");
        return List.copyOf(table.getItems());
    }

    /** The text a results column shows for a person, e.g. resultPassedColumn. */
    public String resultCell(String name, String columnId) {
        TableView<Candidate> table = node("resultsTable");
        TableColumn<Candidate, ?> column = table.getColumns().stream().filter(c -> columnId.equals(c.getId()))
                .findFirst().orElseThrow();
        Candidate row = table.getItems().stream().filter(c -> c.employee().name().equals(name)).findFirst()
                .orElseThrow();
        return String.valueOf(column.getCellData(row));
    }

    public ExamsHandle selectPerson(String name) {
        TableView<Candidate> table = node("resultsTable");
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(c -> c.employee().name().equals(name)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public void correct() {
        click("correctResultButton");
    }

    public void history() {
        click("historyButton");
    }

    private void fill(String id, String text) {
        TextInputControl field = node(id);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
