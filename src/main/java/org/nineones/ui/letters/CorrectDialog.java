package org.nineones.ui.letters;

import java.time.LocalDate;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.nineones.model.Messages;
import org.nineones.service.letters.LetterRow;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Theme;

/**
 * 更正: corrects the person's signature of the year in force by a visible correction entry: a reason, and either the
 * right date or 作废 (withdraw). The original stays as it was and shows in the history.
 */
final class CorrectDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private boolean saved;

    CorrectDialog(AppContext context, LettersViewModel viewModel, LetterRow row) {
        Messages messages = context.messages();
        dialog.setTitle(messages.get("letters.correct.title"));
        dialog.setHeaderText(messages.get("letters.sign.header", row.employee().name(), row.post().name(),
                String.valueOf(viewModel.year())) + "\n" + messages.get("letters.correct.current",
                row.signedOn().toString()));
        if (context.owner() != null) {
            dialog.initOwner(context.owner());
        }
        Theme.apply(dialog.getDialogPane());
        TextField reason = new TextField();
        reason.setId("letterCorrectReason");
        reason.setPrefColumnCount(24);
        CheckBox voided = new CheckBox(messages.get("letters.correct.void"));
        voided.setId("letterCorrectVoid");
        DatePicker date = new DatePicker(row.signedOn());
        date.setId("letterCorrectDate");
        date.setConverter(SignDialog.isoDates());
        date.disableProperty().bind(voided.selectedProperty());
        Label error = new Label();
        error.setId("letterCorrectError");
        error.setStyle("-fx-text-fill: #c00000;");
        error.setWrapText(true);
        error.setMaxWidth(420);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        Label reasonLabel = new Label(messages.get("letters.correct.reason"));
        reasonLabel.setLabelFor(reason);
        Label dateLabel = new Label(messages.get("letters.correct.newDate"));
        dateLabel.setLabelFor(date);
        grid.addRow(0, reasonLabel, reason);
        grid.addRow(1, new Label(), voided);
        grid.addRow(2, dateLabel, date);
        grid.add(error, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(messages.get("letters.correct.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("letters.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("letterCorrectOk");
        DialogWork work = new DialogWork(context, dialog, error);
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            // the dialog closes when the correction is written, from the background work
            e.consume();
            if (work.running()) {
                return;
            }
            LocalDate day = null;
            if (!voided.isSelected()) {
                day = read(date, messages, error);
                if (day == null) {
                    return;
                }
            }
            LocalDate newDate = day;
            long signatureId = row.signatureId();
            String why = reason.getText();
            boolean withdraw = voided.isSelected();
            work.run(messages.get("letters.correct.title"), ok,
                    () -> viewModel.letters().correct(viewModel.workspace(), signatureId, why, withdraw, newDate, null),
                    () -> saved = true);
        });
    }

    boolean showAndWait() {
        dialog.showAndWait();
        return saved;
    }

    /** The date typed or picked, or null with the message shown when it is missing or unreadable. */
    static LocalDate read(DatePicker picker, Messages messages, Label error) {
        String typed = picker.getEditor().getText();
        LocalDate day = typed == null || typed.isBlank() ? null : picker.getConverter().fromString(typed);
        if (day == null && typed != null && !typed.isBlank()) {
            error.setText(messages.get("letters.error.dateUnreadable", typed));
            return null;
        }
        if (day == null) {
            day = picker.getValue();
        }
        if (day == null) {
            error.setText(messages.get("letters.error.dateRequired"));
        }
        return day;
    }
}
