package org.nineones.ui.letters;

import java.nio.file.Path;
import java.time.LocalDate;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.nineones.model.Messages;
import org.nineones.service.letters.LetterRow;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Dates;
import org.nineones.ui.common.Theme;
import org.nineones.ui.common.FileFilter;

/** 登记签订: the date of signing (today by default) and, optionally, a scan or photo of the signed letter. */
final class SignDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final DatePicker date = new DatePicker();
    private final Label fileLabel = new Label();
    private final Label error = new Label();
    private Path file;
    private boolean saved;

    SignDialog(AppContext context, LettersViewModel viewModel, LetterRow row) {
        Messages messages = context.messages();
        dialog.setTitle(messages.get("letters.sign.title"));
        dialog.setHeaderText(messages.get("letters.sign.header", row.employee().name(), row.post().name(),
                String.valueOf(viewModel.year())));
        if (context.owner() != null) {
            dialog.initOwner(context.owner());
        }
        Theme.apply(dialog.getDialogPane());
        date.setId("letterSignDate");
        date.setConverter(isoDates());
        LocalDate today = LettersView.today(viewModel);
        date.setValue(today.getYear() >= viewModel.year() ? today : LocalDate.of(viewModel.year(), 1, 1));
        fileLabel.setId("letterSignFile");
        fileLabel.setText(messages.get("letters.sign.noFile"));
        Button choose = new Button(messages.get("letters.sign.choose"));
        choose.setId("letterChooseFile");
        choose.setOnAction(e -> context.dialogs().chooseFileToOpen(messages.get("letters.sign.file"),
                        new FileFilter(messages.get("letters.ui.fileFilter"), "*.pdf", "*.jpg", "*.jpeg", "*.png",
                                "*.tif", "*.tiff", "*.bmp", "*.gif", "*.webp", "*.heic"))
                .ifPresent(p -> {
                    file = p;
                    fileLabel.setText(p.getFileName() == null ? p.toString() : p.getFileName().toString());
                }));
        Button clear = new Button(messages.get("letters.sign.clear"));
        clear.setId("letterClearFile");
        clear.setOnAction(e -> {
            file = null;
            fileLabel.setText(messages.get("letters.sign.noFile"));
        });
        error.setId("letterSignError");
        error.setStyle("-fx-text-fill: #c00000;");
        error.setWrapText(true);
        error.setMaxWidth(420);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        Label dateLabel = new Label(messages.get("letters.sign.date"));
        dateLabel.setLabelFor(date);
        grid.addRow(0, dateLabel, date);
        grid.addRow(1, new Label(messages.get("letters.sign.file")), new HBox(6, fileLabel, choose, clear));
        grid.add(error, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(messages.get("letters.sign.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("letters.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("letterSignOk");
        DialogWork work = new DialogWork(context, dialog, error);
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            // the dialog closes when the signature is written, from the background work
            e.consume();
            LocalDate day = CorrectDialog.read(date, messages, error);
            if (day == null || work.running()) {
                return;
            }
            Path scan = file;
            long employeeId = row.employeeId();
            int year = viewModel.year();
            work.run(messages.get("letters.sign.title"), ok,
                    () -> viewModel.letters().sign(viewModel.workspace(), employeeId, year, day, scan),
                    () -> saved = true);
        });
    }

    boolean showAndWait() {
        dialog.showAndWait();
        return saved;
    }

    static StringConverter<LocalDate> isoDates() {
        return Dates.converter();
    }
}
