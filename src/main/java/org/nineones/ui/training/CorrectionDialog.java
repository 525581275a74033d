package org.nineones.ui.training;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import org.nineones.model.Messages;
import org.nineones.model.training.Attendance;
import org.nineones.service.training.TrainingService;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.EditDialog;

/** 更正…: new hours, score and pass for a sign-in, with the reason; the original stays in the history. */
final class CorrectionDialog {

    /** What the user entered. */
    record Values(double hours, Double score, Boolean passed, String reason) {
    }

    private final TextField hours = new TextField();
    private final TextField score = new TextField();
    private final ComboBox<Boolean> passed = new ComboBox<>();
    private final TextField reason = new TextField();
    private final Label problem = new Label();
    private final Messages messages;
    private final double sessionHours;
    private final EditDialog dialog;

    CorrectionDialog(AppContext context, String who, Attendance a, double sessionHours) {
        this.messages = context.messages();
        this.sessionHours = sessionHours;
        hours.setId("correctHours");
        score.setId("correctScore");
        passed.setId("correctPassed");
        reason.setId("correctReason");
        problem.setId("correctProblem");
        problem.getStyleClass().add("field-error");
        hours.setText(TrainingService.hours(a.hours()));
        score.setText(a.score() == null ? "" : TrainingService.hours(a.score()));
        passed.getItems().setAll(null, Boolean.TRUE, Boolean.FALSE);
        passed.setValue(a.passed());
        passed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Boolean b) {
                return b == null ? "—" : messages.get(b ? "training.passed.yes" : "training.passed.no");
            }

            @Override
            public Boolean fromString(String s) {
                return null;
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(messages.get("training.column.name")), new Label(who));
        grid.addRow(1, new Label(messages.get("training.column.hours")), hours);
        grid.addRow(2, new Label(messages.get("training.column.score")), score);
        grid.addRow(3, new Label(messages.get("training.column.passed")), passed);
        grid.addRow(4, new Label(messages.get("training.ui.reason")), reason);
        grid.add(problem, 0, 5, 2, 1);
        problem.textProperty().bind(Bindings.createStringBinding(() -> problem().orElse(""), hours.textProperty(),
                score.textProperty(), reason.textProperty()));
        dialog = new EditDialog(context, messages.get("training.ui.correctTitle"), grid,
                Bindings.createBooleanBinding(() -> problem().isEmpty(), hours.textProperty(), score.textProperty(),
                        reason.textProperty()), "correctOkButton", hours, messages.get("training.ui.correct"));
    }

    private Optional<String> problem() {
        double h = SessionDialog.parse(hours.getText());
        if (Double.isNaN(h) || h < 0) {
            return Optional.of(messages.get("training.error.negativeHours", hours.getText()));
        }
        if (h > sessionHours) {
            return Optional.of(messages.get("training.error.moreThanSession", hours.getText(),
                    TrainingService.hours(sessionHours)));
        }
        if (!score.getText().isBlank()) {
            double s = SessionDialog.parse(score.getText());
            if (Double.isNaN(s) || s < 0 || s > TrainingService.DEFAULT_MAX_SCORE) {
                return Optional.of(messages.get("training.error.score", score.getText(),
                        TrainingService.hours(TrainingService.DEFAULT_MAX_SCORE)));
            }
        }
        if (reason.getText().isBlank()) {
            return Optional.of(messages.get("training.error.noReason"));
        }
        return Optional.empty();
    }

    Optional<Values> showAndWait() {
        if (!dialog.showAndWait() || problem().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Values(SessionDialog.parse(hours.getText()), score.getText().isBlank() ? null
                : SessionDialog.parse(score.getText()), passed.getValue(), reason.getText()));
    }
}
