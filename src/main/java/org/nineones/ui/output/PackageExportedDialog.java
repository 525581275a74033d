package org.nineones.ui.output;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.nineones.model.Messages;
import org.nineones.model.PackageExport;
import org.nineones.service.acceptance.ExportedPackage;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Theme;

/**
 * After an export: where the package is, its fingerprint in a selectable field with a copy button, what it holds,
 * and the way to its cover letter (资料移交单) and its folder.
 */
final class PackageExportedDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    PackageExportedDialog(AppContext context, PackageActions actions, ExportedPackage exported) {
        Messages messages = context.messages();
        dialog.setTitle(messages.get("ui.output.exportTitle"));
        if (context.owner() != null && context.owner().isShowing()) {
            dialog.initOwner(context.owner());
        }
        Label done = new Label(messages.get("ui.output.exportDone", exported.file().toAbsolutePath()));
        done.setId("packageExportedMessage");
        done.setWrapText(true);
        PackageExport record = exported.record();
        Label counts = new Label(ExportHistoryDialog.countsText(context, record));
        counts.setId("packageExportedCounts");
        counts.setWrapText(true);
        FingerprintField fingerprint = new FingerprintField(messages, "packageFingerprint");
        fingerprint.setText(exported.fingerprint());
        VBox content = new VBox(8, done, counts, fingerprint.node(), wrapped(messages.get("pack.cli.fingerprintHint")));
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);
        ButtonType cover = new ButtonType(messages.get("pack.ui.printCoverLetter"), ButtonBar.ButtonData.LEFT);
        ButtonType folder = new ButtonType(messages.get("ui.output.openFolder"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(messages.get("pack.ui.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(cover, folder, close);
        Button coverButton = (Button) dialog.getDialogPane().lookupButton(cover);
        coverButton.setId("packagePrintCoverLetter");
        coverButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            actions.printCoverLetter(record);
        });
        Button folderButton = (Button) dialog.getDialogPane().lookupButton(folder);
        folderButton.setId("packageOpenFolder");
        folderButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            actions.openFolder(exported.file());
        });
        dialog.getDialogPane().lookupButton(close).setId("packageExportedClose");
        Theme.apply(dialog.getDialogPane());
        dialog.setResizable(true);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    void showAndWait() {
        dialog.showAndWait();
    }
}
