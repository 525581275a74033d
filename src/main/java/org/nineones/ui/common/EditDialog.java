package org.nineones.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/** A modal form with OK and Cancel; OK is disabled while the ViewModel says the form is not valid. */
public final class EditDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType ok;

    public EditDialog(AppContext context, String title, Parent content, ObservableBooleanValue valid, String okId,
                      Node firstField) {
        this(context, title, content, valid, okId, firstField, context.messages().get("ui.button.ok"));
    }

    /** As above, with the OK button's own label (e.g. 导入). */
    public EditDialog(AppContext context, String title, Parent content, ObservableBooleanValue valid, String okId,
                      Node firstField, String okText) {
        dialog.setTitle(title);
        if (context.owner() != null && context.owner().isShowing()) {
            dialog.initOwner(context.owner());
        }
        ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(context.messages().get("ui.button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().setContent(content);
        Theme.apply(dialog.getDialogPane());
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId(okId);
        okButton.disableProperty().bind(javafx.beans.binding.Bindings.not(valid));
        dialog.setResultConverter(button -> button);
        dialog.setResizable(true);
        if (firstField != null) {
            dialog.setOnShown(e -> Platform.runLater(firstField::requestFocus));
        }
    }

    /** True when the user pressed OK. */
    public boolean showAndWait() {
        return dialog.showAndWait().filter(ok::equals).isPresent();
    }
}
