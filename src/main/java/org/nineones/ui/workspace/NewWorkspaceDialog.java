package org.nineones.ui.workspace;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.application.Platform;

import org.nineones.model.Messages;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.FieldDecorations;
import org.nineones.ui.common.FileFilter;
import org.nineones.ui.common.Theme;

/** The "new enterprise" dialog; OK stays disabled until the name, the credit code and the file are valid. */
public final class NewWorkspaceDialog {

    @FXML private TextField nameField;
    @FXML private TextField creditCodeField;
    @FXML private Label creditCodeError;
    @FXML private TextField locationField;
    @FXML private Label locationError;

    private final AppContext context;
    private final NewWorkspaceViewModel viewModel;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public NewWorkspaceDialog(AppContext context) {
        this.context = context;
        Messages messages = context.messages();
        this.viewModel = new NewWorkspaceViewModel(messages, context.settings().workspaces());
        Parent content = context.views().load(this);
        dialog.setTitle(messages.get("ui.newWorkspace.title"));
        if (context.owner() != null && context.owner().isShowing()) {
            dialog.initOwner(context.owner());
        }
        ButtonType create = new ButtonType(messages.get("ui.newWorkspace.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(create, cancel);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStyleClass().add("new-workspace-dialog");
        Theme.apply(dialog.getDialogPane());
        Node ok = dialog.getDialogPane().lookupButton(create);
        ok.setId("createWorkspaceButton");
        ok.disableProperty().bind(viewModel.validProperty().not());
        dialog.setResultConverter(button -> button);
        dialog.setOnShown(e -> Platform.runLater(nameField::requestFocus));
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        creditCodeField.textProperty().bindBidirectional(viewModel.creditCodeProperty());
        locationField.textProperty().bindBidirectional(viewModel.locationProperty());
        // a long path shows its end (the file's name); the whole path is a tooltip away
        javafx.scene.control.Tooltip wholePath = new javafx.scene.control.Tooltip();
        wholePath.textProperty().bind(locationField.textProperty());
        locationField.setTooltip(wholePath);
        // a long path shows its end, the file name, while the name fills it in; the whole path is in the tooltip
        locationField.textProperty().addListener((obs, old, now) -> {
            if (!locationField.isFocused()) {
                Platform.runLater(locationField::end); // after the field has placed its caret for the new text
            }
        });
        Tooltip locationTip = new Tooltip();
        locationTip.textProperty().bind(locationField.textProperty());
        locationField.setTooltip(locationTip);
        FieldDecorations decorations = new FieldDecorations();
        decorations.attach(creditCodeField, creditCodeError, viewModel.creditCodeErrorProperty());
        decorations.attach(locationField, locationError, viewModel.locationErrorProperty());
    }

    @FXML
    private void onBrowse() {
        Messages messages = context.messages();
        String initialName = viewModel.file() == null ? "" : viewModel.file().getFileName().toString();
        context.dialogs().chooseFileToSave(messages.get("ui.newWorkspace.chooseLocation"), viewModel.defaultFolder(),
                        initialName, new FileFilter(messages.get("ui.file.workspaceFilter"), "*.nineones"))
                .ifPresent(viewModel::chooseLocation);
    }

    /** Shows the dialog; true when the user pressed Create (the form is then valid). */
    public boolean showAndWait() {
        return dialog.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false)
                && viewModel.validProperty().get();
    }

    public NewWorkspaceViewModel viewModel() {
        return viewModel;
    }
}
