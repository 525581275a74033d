package org.nineones.ui.exams;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import org.nineones.model.Messages;
import org.nineones.service.exams.ExamPlan;
import org.nineones.service.exams.ExamService;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Theme;

/** 新建考试: title, date, how many questions of each kind, maximum score and pass mark; checked as typed. */
final class NewExamDialog {

    private final Dialog<ExamPlan> dialog = new Dialog<>();
    private final Messages messages;
    private final TextField title = field("examTitleField");
    private final TextField date = field("examDateField");
    private final TextField trueFalse = field("trueFalseCountField");
    private final TextField singleChoice = field("singleChoiceCountField");
    private final TextField fillBlank = field("fillBlankCountField");
    private final TextField maxScore = field("maxScoreField");
    private final TextField passMark = field("passMarkField");
    private final Label problem = new Label();
    private final ButtonType create;

    NewExamDialog(AppContext context, ExamsViewModel viewModel, ExamPlan defaults) {
        this.messages = context.messages();
        dialog.setTitle(messages.get("exams.ui.newExam"));
        if (context.owner() != null && context.owner().isShowing()) {
            dialog.initOwner(context.owner());
        }
        title.setText(defaults.title());
        title.setPrefColumnCount(24);
        date.setText(defaults.heldOn().toString());
        trueFalse.setText(String.valueOf(defaults.trueFalse()));
        singleChoice.setText(String.valueOf(defaults.singleChoice()));
        fillBlank.setText(String.valueOf(defaults.fillBlank()));
        maxScore.setText(ExamService.fmt(defaults.maxScore()));
        passMark.setText(ExamService.fmt(defaults.passMark()));
        problem.setId("newExamProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("exams.ui.examTitle")), title);
        grid.addRow(1, new Label(messages.get("exams.ui.examDate")), date);
        grid.addRow(2, new Label(messages.get("QuestionKind.TRUE_FALSE")), trueFalse);
        grid.addRow(3, new Label(messages.get("QuestionKind.SINGLE_CHOICE")), singleChoice);
        grid.addRow(4, new Label(messages.get("QuestionKind.FILL_BLANK")), fillBlank);
        grid.addRow(5, new Label(messages.get("exams.ui.maxScore")), maxScore);
        grid.addRow(6, new Label(messages.get("exams.ui.passMark")), passMark);
        grid.add(problem, 1, 7);
        Label hint = new Label(messages.get("exams.ui.newExamHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        hint.setMaxWidth(420);
        grid.add(hint, 1, 8);
        create = new ButtonType(messages.get("exams.ui.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(create, new ButtonType(messages.get("exams.ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(create).setId("createExamButton");
        dialog.getDialogPane().setContent(grid);
        Theme.apply(dialog.getDialogPane());
        for (TextField f : new TextField[] {title, date, trueFalse, singleChoice, fillBlank, maxScore, passMark}) {
            f.textProperty().addListener((o, a, b) -> check());
        }
        check();
        long seed = defaults.seed();
        dialog.setResultConverter(button -> {
            if (button != create) {
                return null;
            }
            ExamPlan plan = plan(seed);
            return plan;
        });
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static Integer count(String text) {
        String t = text.strip();
        return t.matches("\\d{1,3}") ? Integer.valueOf(t) : null;
    }

    /** The plan typed, or null while something is wrong (the problem label says what). */
    private ExamPlan plan(long seed) {
        if (title.getText().isBlank()) {
            problem.setText(messages.get("exams.error.title"));
            return null;
        }
        LocalDate day = parseDate(date.getText());
        if (day == null) {
            problem.setText(messages.get("exams.ui.badDate"));
            return null;
        }
        Integer tf = count(trueFalse.getText());
        Integer sc = count(singleChoice.getText());
        Integer fb = count(fillBlank.getText());
        if (tf == null || sc == null || fb == null || tf + sc + fb == 0 || tf + sc + fb > 200) {
            problem.setText(messages.get("exams.error.counts"));
            return null;
        }
        Double max = ExamService.parseScore(maxScore.getText());
        if (max == null || max <= 0 || max > 1000 || Math.abs(max * 2 - Math.rint(max * 2)) > 1e-9) {
            problem.setText(messages.get("exams.error.maxScore"));
            return null;
        }
        Double pass = ExamService.parseScore(passMark.getText());
        if (pass == null || pass < 0 || pass > max) {
            problem.setText(messages.get("exams.error.passMark", ExamService.fmt(max)));
            return null;
        }
        problem.setText("");
        return new ExamPlan(title.getText().strip(), day, tf, sc, fb, max, pass, seed + title.getText().strip().hashCode());
    }

    private void check() {
        dialog.getDialogPane().lookupButton(create).setDisable(plan(0) == null);
    }

    Optional<ExamPlan> showAndWait() {
        return dialog.showAndWait();
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

    /** A day typed as 2026-11-20, 2026/11/20 or 2026年11月20日, or null. */
    static LocalDate parseDate(String text) {
        Matcher m = DATE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
