package org.nineones.ui.exams;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import org.nineones.model.Messages;
import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.exams.QuestionKind;
import org.nineones.service.exams.QuestionDraft;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Theme;

/** 新增题目 / 编辑题目: kind, stem, options (one a line, for a single-choice question), answer; checked as typed. */
final class QuestionDialog {

    private final Dialog<QuestionDraft> dialog = new Dialog<>();
    private final ComboBox<QuestionKind> kind = new ComboBox<>();
    private final TextArea stem = new TextArea();
    private final TextArea options = new TextArea();
    private final TextField answer = new TextField();
    private final Label problem = new Label();
    private final ExamsViewModel viewModel;

    QuestionDialog(AppContext context, ExamsViewModel viewModel, ExamQuestion editing) {
        this.viewModel = viewModel;
        Messages messages = context.messages();
        dialog.setTitle(messages.get(editing == null ? "exams.ui.add" : "exams.ui.edit"));
        if (context.owner() != null && context.owner().isShowing()) {
            dialog.initOwner(context.owner());
        }
        kind.setId("questionKindBox");
        kind.getItems().setAll(QuestionKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(QuestionKind k) {
                return k == null ? "" : messages.of(k);
            }

            @Override
            public QuestionKind fromString(String s) {
                return null;
            }
        });
        stem.setId("questionStemField");
        stem.setWrapText(true);
        stem.setPrefRowCount(3);
        options.setId("questionOptionsField");
        options.setPrefRowCount(4);
        options.setPromptText(messages.get("exams.ui.optionsPrompt"));
        answer.setId("questionAnswerField");
        problem.setId("questionProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("exams.ui.kind")), kind);
        grid.addRow(1, new Label(messages.get("exams.ui.stem")), stem);
        grid.addRow(2, new Label(messages.get("exams.ui.options")), options);
        grid.addRow(3, new Label(messages.get("exams.ui.answer")), answer);
        grid.add(problem, 1, 4);
        Label hint = new Label(messages.get("exams.ui.questionHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        grid.add(hint, 1, 5);
        grid.setPrefWidth(560);
        if (editing != null) {
            kind.setValue(editing.kind());
            stem.setText(editing.stem());
            options.setText(String.join("\n", editing.options()));
            answer.setText(editing.answer());
        } else {
            kind.setValue(QuestionKind.TRUE_FALSE);
        }
        ButtonType save = new ButtonType(messages.get("exams.ui.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, new ButtonType(messages.get("exams.ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(save).setId("saveQuestionButton");
        dialog.getDialogPane().setContent(grid);
        Theme.apply(dialog.getDialogPane());
        kind.valueProperty().addListener((o, a, b) -> check());
        stem.textProperty().addListener((o, a, b) -> check());
        options.textProperty().addListener((o, a, b) -> check());
        answer.textProperty().addListener((o, a, b) -> check());
        check();
        dialog.setResultConverter(button -> button == save ? draft() : null);
    }

    private QuestionDraft draft() {
        List<String> lines = kind.getValue() == QuestionKind.SINGLE_CHOICE
                ? Arrays.stream(options.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of();
        return new QuestionDraft(kind.getValue(), stem.getText(), lines, answer.getText());
    }

    private void check() {
        options.setDisable(kind.getValue() != QuestionKind.SINGLE_CHOICE);
        Optional<String> p = viewModel.draftProblem(draft());
        problem.setText(p.orElse(""));
        dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0)).setDisable(p.isPresent());
    }

    Optional<QuestionDraft> showAndWait() {
        return dialog.showAndWait();
    }
}
