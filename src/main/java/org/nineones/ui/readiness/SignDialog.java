package org.nineones.ui.readiness;

import java.time.LocalDate;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Dates;
import org.nineones.ui.common.EditDialog;

/**
 * 签署自评: who signs and the day of the records to score, for the checklist shown. Says that a signed
 * self-assessment is final. The service checks the day and the name again and refuses with its own sentence.
 */
final class SignDialog {

    /** What the user entered. */
    record Answer(String signedBy, LocalDate day) {
    }

    private SignDialog() {
    }

    static Optional<Answer> ask(AppContext context, ChecklistTemplate template, LocalDate today) {
        Messages messages = context.messages();
        TextField name = new TextField();
        name.setId("signNameField");
        name.setPromptText(messages.get("prepare.sign.namePrompt"));
        DatePicker day = Dates.picker("signDatePicker");
        day.setValue(today);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(messages.get("prepare.sign.template")),
                new Label(messages.get("prepare.sign.templateValue", template.name(), template.version())));
        grid.addRow(1, new Label(messages.get("prepare.sign.day")), day);
        grid.addRow(2, new Label(messages.get("prepare.sign.name")), name);
        Label note = new Label(messages.get("prepare.sign.final"));
        note.setWrapText(true);
        note.setMaxWidth(380);
        note.setMinHeight(Label.USE_PREF_SIZE);
        note.getStyleClass().add("hint");
        grid.add(note, 0, 3, 2, 1);
        BooleanBinding valid = Bindings.createBooleanBinding(
                () -> !name.getText().isBlank() && day.getValue() != null, name.textProperty(), day.valueProperty());
        EditDialog dialog = new EditDialog(context, messages.get("prepare.sign.title"), grid, valid, "signOkButton",
                name, messages.get("prepare.sign.ok"));
        if (!dialog.showAndWait()) {
            return Optional.empty();
        }
        return Optional.of(new Answer(name.getText().strip(), day.getValue()));
    }
}
