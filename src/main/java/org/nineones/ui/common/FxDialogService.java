package org.nineones.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.nineones.model.Messages;

/** Real message boxes and file choosers, owned by the main window and styled like it. */
public final class FxDialogService implements DialogService {

    private final Messages messages;
    private final Supplier<Window> owner;
    private final SystemOpener opener;

    public FxDialogService(Messages messages, Supplier<Window> owner, SystemOpener opener) {
        this.messages = messages;
        this.owner = owner;
        this.opener = opener;
    }

    @Override
    public void showInfo(String title, String message) {
        message(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        message(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    /** A message box with one 确定 in the app's language (JavaFX's own OK follows the system's). */
    Alert message(Alert.AlertType type, String title, String message) {
        Alert alert = alert(type, title, message);
        alert.getButtonTypes().setAll(new ButtonType(messages.get("ui.button.ok"), ButtonBar.ButtonData.OK_DONE));
        return alert;
    }

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        return confirm(title, message, confirmButton, messages.get("ui.button.cancel"));
    }

    @Override
    public boolean confirm(String title, String message, String confirmButton, String declineButton) {
        ButtonType yes = new ButtonType(confirmButton, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(declineButton, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Boolean> askSaveOrDiscard(String title, String message, String saveButton, String discardButton) {
        ButtonType save = new ButtonType(saveButton, ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(discardButton, ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(save, discard, cancel);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return Optional.empty();
        }
        return Optional.of(answer.get() == save);
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        return askText(title, label, initial, false);
    }

    @Override
    public Optional<String> askOptionalText(String title, String label, String initial) {
        return askText(title, label, initial, true);
    }

    private Optional<String> askText(String title, String label, String initial, boolean emptyAllowed) {
        TextInputDialog dialog = new TextInputDialog(initial);
        prepare(dialog, title);
        dialog.setHeaderText(null);
        dialog.setContentText(label);
        ButtonType ok = new ButtonType(messages.get("ui.button.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (!emptyAllowed) {
            dialog.getDialogPane().lookupButton(ok).disableProperty()
                    .bind(Bindings.createBooleanBinding(() -> dialog.getEditor().getText().isBlank(),
                            dialog.getEditor().textProperty()));
        }
        dialog.setResultConverter(button -> ok.equals(button) ? dialog.getEditor().getText() : null);
        return dialog.showAndWait().map(String::strip).filter(s -> emptyAllowed || !s.isEmpty());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileFilter filter) {
        FileChooser chooser = chooser(title, filter);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialFolder, String initialName, FileFilter filter) {
        FileChooser chooser = chooser(title, filter);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public java.util.List<Path> chooseFilesToOpen(String title, FileFilter filter) {
        java.util.List<File> chosen = chooser(title, filter).showOpenMultipleDialog(owner.get());
        return chosen == null ? java.util.List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void openFile(Path file) {
        opener.open(file, () -> showInfo(messages.get("ui.open.title"),
                messages.get("ui.open.cannotFile", file.toAbsolutePath())));
    }

    @Override
    public void openFolder(Path folder) {
        opener.open(folder, () -> showInfo(messages.get("ui.open.title"),
                messages.get("ui.open.cannotFolder", folder.toAbsolutePath())));
    }

    @Override
    public boolean print(String jobName, java.awt.print.Pageable pages) throws java.awt.print.PrinterException {
        java.awt.print.PrinterJob job = java.awt.print.PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        job.setPageable(pages);
        if (!job.printDialog()) {
            return false;
        }
        job.print();
        return true;
    }

    private FileChooser chooser(String title, FileFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter.description(), filter.patterns()));
        return chooser;
    }

    /** A message box showing the whole message ({@link MessageText}); the caller sets its buttons. */
    Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        prepare(alert, title);
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(MessageText.of(message));
        alert.setResizable(true);
        return alert;
    }

    private void prepare(Dialog<?> dialog, String title) {
        dialog.setTitle(title);
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            dialog.initOwner(window);
        }
        Theme.apply(dialog.getDialogPane());
    }
}
