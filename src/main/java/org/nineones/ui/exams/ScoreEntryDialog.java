package org.nineones.ui.exams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import org.nineones.model.Messages;
import org.nineones.model.exams.Exam;
import org.nineones.service.exams.Candidate;
import org.nineones.service.exams.ExamService;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Theme;

/**
 * 登记成绩: the people of the exam without a result, a score field each, checked as typed (a number from 0 to the
 * maximum, one decimal at most). A field left empty records nothing for that person (absent). A result is final once
 * saved: the dialog says so.
 */
final class ScoreEntryDialog {

    /** One person and the score typed for them. */
    static final class Row {
        final Candidate candidate;
        final StringProperty text = new SimpleStringProperty("");

        Row(Candidate candidate) {
            this.candidate = candidate;
        }
    }

    private final Dialog<Map<Long, Double>> dialog = new Dialog<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final Label problem = new Label();
    private final ExamsViewModel viewModel;
    private final ButtonType save;

    ScoreEntryDialog(AppContext context, ExamsViewModel viewModel, Exam exam, List<Candidate> people) {
        this.viewModel = viewModel;
        Messages messages = context.messages();
        dialog.setTitle(messages.get("exams.ui.recordScoresTitle", exam.title()));
        if (context.owner() != null && context.owner().isShowing()) {
            dialog.initOwner(context.owner());
        }
        people.forEach(c -> rows.add(new Row(c)));
        TableView<Row> table = new TableView<>(rows);
        table.setId("scoreTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<Row, String> name = new TableColumn<>(messages.get("exams.ui.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().candidate.employee().name()));
        TableColumn<Row, String> number = new TableColumn<>(messages.get("exams.ui.employeeNumber"));
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().candidate.employee().employeeNumber()));
        TableColumn<Row, String> score = new TableColumn<>(messages.get("exams.ui.scoreOf", ExamService.fmt(exam.maxScore())));
        score.setCellValueFactory(c -> c.getValue().text);
        score.setCellFactory(c -> new ScoreCell());
        table.getColumns().setAll(List.of(name, number, score));
        table.setPrefSize(460, Math.min(520, 60 + 32 * rows.size()));
        problem.setId("scoreProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        Label hint = new Label(messages.get("exams.ui.scoreHint", ExamService.fmt(exam.passMark())));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        VBox box = new VBox(8, table, problem, hint);
        box.setPrefWidth(480);
        save = new ButtonType(messages.get("exams.ui.saveScores"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, new ButtonType(messages.get("exams.ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(save).setId("saveScoresButton");
        dialog.getDialogPane().setContent(box);
        Theme.apply(dialog.getDialogPane());
        rows.forEach(r -> r.text.addListener((o, a, b) -> check()));
        check();
        dialog.setResultConverter(button -> button == save ? scores() : null);
    }

    private Map<Long, Double> scores() {
        Map<Long, Double> scores = new LinkedHashMap<>();
        for (Row r : rows) {
            if (!r.text.get().isBlank()) {
                scores.put(r.candidate.employee().id(), ExamService.parseScore(r.text.get()));
            }
        }
        return scores;
    }

    private Optional<String> problemOf(Row r) {
        return r.text.get().isBlank() ? Optional.empty() : viewModel.scoreProblem(r.text.get());
    }

    private void check() {
        String first = "";
        boolean bad = false;
        for (Row r : rows) {
            Optional<String> p = problemOf(r);
            if (p.isPresent()) {
                bad = true;
                if (first.isEmpty()) {
                    first = r.candidate.employee().name() + "：" + p.get();
                }
            }
        }
        problem.setText(first);
        boolean none = rows.stream().allMatch(r -> r.text.get().isBlank());
        dialog.getDialogPane().lookupButton(save).setDisable(bad || none);
    }

    /** A text field bound to the row's score, marked red with the problem as its tooltip while wrong. */
    private final class ScoreCell extends TableCell<Row, String> {
        private final TextField field = new TextField();
        private Row bound;

        ScoreCell() {
            field.textProperty().addListener((o, a, b) -> {
                if (bound != null && !b.equals(bound.text.get())) {
                    bound.text.set(b);
                }
                mark();
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
            bound = null;
            if (row == null) {
                setGraphic(null);
                return;
            }
            field.setId("scoreField" + getIndex());
            field.setText(row.text.get());
            bound = row;
            mark();
            setGraphic(field);
        }

        private void mark() {
            Optional<String> p = bound == null ? Optional.empty() : problemOf(bound);
            field.setStyle(p.isPresent() ? "-fx-border-color: #c62828; -fx-border-width: 1.5;" : "");
            field.setTooltip(p.map(Tooltip::new).orElse(null));
        }
    }

    Optional<Map<Long, Double>> showAndWait() {
        return dialog.showAndWait();
    }
}
