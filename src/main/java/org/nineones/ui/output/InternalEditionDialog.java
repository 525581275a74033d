package org.nineones.ui.output;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.nineones.model.Messages;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Theme;

/**
 * The explicit choice of the internal edition (内部版): the warning sentence, and a checkbox that must be ticked
 * before OK is enabled. Without it, every package masks ID numbers.
 */
final class InternalEditionDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final CheckBox internal;

    InternalEditionDialog(AppContext context) {
        Messages messages = context.messages();
        dialog.setTitle(messages.get("pack.ui.internalTitle"));
        if (context.owner() != null && context.owner().isShowing()) {
            dialog.initOwner(context.owner());
        }
        Label warning = new Label(messages.get("pack.ui.internalWarning"));
        warning.setId("packageInternalWarning");
        warning.setWrapText(true);
        internal = new CheckBox(messages.get("pack.ui.internal"));
        internal.setId("packageInternal");
        VBox content = new VBox(12, warning, internal);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("packageInternalOk");
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(internal.selectedProperty().not());
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("packageInternalCancel");
        Theme.apply(dialog.getDialogPane());
    }

    /** Shows the dialog; true only when the checkbox was ticked and OK pressed. */
    boolean confirmed() {
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).isPresent() && internal.isSelected();
    }
}
