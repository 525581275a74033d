package org.nineones.ui.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import org.nineones.model.Messages;
import org.nineones.model.training.TrainingKind;
import org.nineones.model.training.TrainingSession;
import org.nineones.service.training.TrainingService;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Dates;
import org.nineones.ui.common.EditDialog;

/** The form of a training session, new or edited; 保存 stays disabled while a field says what is wrong. */
final class SessionDialog {

    private final Messages messages;
    private final DatePicker date = new DatePicker();
    private final TextField hours = new TextField();
    private final TextField topic = new TextField();
    private final ComboBox<TrainingKind> kind = new ComboBox<>();
    private final TextArea content = new TextArea();
    private final TextField trainer = new TextField();
    private final TextField place = new TextField();
    private final ComboBox<Long> unit = new ComboBox<>();
    private final Label problem = new Label();
    private final Long id;
    private final LocalDate today;
    private final EditDialog dialog;

    SessionDialog(AppContext context, TrainingSession session, Map<Long, String> units, LocalDate today) {
        this.messages = context.messages();
        this.today = today;
        this.id = session == null ? null : session.id();
        date.setId("sessionDate");
        Dates.setUp(date);
        hours.setId("sessionHours");
        topic.setId("sessionTopic");
        kind.setId("sessionKind");
        content.setId("sessionContent");
        trainer.setId("sessionTrainer");
        place.setId("sessionPlace");
        unit.setId("sessionUnit");
        problem.setId("sessionProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        content.setPrefRowCount(3);
        content.setWrapText(true);
        kind.getItems().setAll(TrainingKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(TrainingKind k) {
                return k == null ? "" : messages.get(k.textKey());
            }

            @Override
            public TrainingKind fromString(String s) {
                return null;
            }
        });
        List<Long> unitIds = new ArrayList<>();
        unitIds.add(null);
        units.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> unitIds.add(e.getKey()));
        unit.getItems().setAll(unitIds);
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(Long u) {
                return u == null ? messages.get("training.ui.noUnit") : units.getOrDefault(u, "");
            }

            @Override
            public Long fromString(String s) {
                return null;
            }
        });
        if (session != null) {
            date.setValue(session.heldOn());
            hours.setText(TrainingService.hours(session.hours()));
            topic.setText(session.topic());
            kind.setValue(session.kind());
            content.setText(session.content());
            trainer.setText(session.trainer());
            place.setText(session.place());
            unit.setValue(session.orgUnitId());
        } else {
            date.setValue(today);
            hours.setText("2");
            kind.setValue(TrainingKind.ANNUAL);
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form");
        grid.setHgap(8);
        grid.setVgap(6);
        int r = 0;
        grid.addRow(r++, new Label(messages.get("training.column.date")), date);
        grid.addRow(r++, new Label(messages.get("training.column.hours")), hours);
        grid.addRow(r++, new Label(messages.get("training.column.topic")), topic);
        grid.addRow(r++, new Label(messages.get("training.column.kind")), kind);
        grid.addRow(r++, new Label(messages.get("training.column.content")), content);
        grid.addRow(r++, new Label(messages.get("training.column.trainer")), trainer);
        grid.addRow(r++, new Label(messages.get("training.column.place")), place);
        grid.addRow(r++, new Label(messages.get("training.column.unit")), unit);
        grid.add(problem, 0, r, 2, 1);
        topic.setPrefColumnCount(28);
        BooleanBinding valid = Bindings.createBooleanBinding(() -> problem().isEmpty(), date.valueProperty(),
                hours.textProperty(), topic.textProperty(), kind.valueProperty());
        problem.textProperty().bind(Bindings.createStringBinding(() -> problem().orElse(""), date.valueProperty(),
                hours.textProperty(), topic.textProperty(), kind.valueProperty()));
        dialog = new EditDialog(context, messages.get(session == null ? "training.ui.newSession"
                : "training.ui.editSession"), grid, valid, "saveSessionButton", topic,
                messages.get("training.ui.save"));
    }

    /** What is wrong with the form, as a sentence. */
    private Optional<String> problem() {
        if (date.getValue() == null) {
            return Optional.of(messages.get("training.error.noDate"));
        }
        if (date.getValue().isAfter(today)) {
            return Optional.of(messages.get("training.error.futureDate", date.getValue().toString()));
        }
        double h = parse(hours.getText());
        if (!(h > 0) || h > 200) {
            return Optional.of(messages.get("training.error.sessionHours", hours.getText()));
        }
        if (topic.getText() == null || topic.getText().isBlank()) {
            return Optional.of(messages.get("training.error.noTopic"));
        }
        if (kind.getValue() == null) {
            return Optional.of(messages.get("training.error.noKind"));
        }
        return Optional.empty();
    }

    static double parse(String text) {
        try {
            return Double.parseDouble(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The session as filled in, or empty when cancelled. */
    Optional<TrainingSession> showAndWait() {
        if (!dialog.showAndWait() || problem().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new TrainingSession(id, date.getValue(), parse(hours.getText()), topic.getText(),
                kind.getValue(), content.getText(), trainer.getText(), place.getText(), unit.getValue()));
    }
}
