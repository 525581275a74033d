package org.nineones.ui.print;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.nineones.model.Messages;
import org.nineones.service.content.ContentPreflight.Finding;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Theme;

/**
 * 打印或导出前检查: the findings, one a line; a double-click (or Enter, or 转到该岗位) goes to that post, 照样继续 makes
 * the output anyway, 取消 makes nothing.
 */
public final class PreflightDialog {

    private final PreflightViewModel viewModel;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public PreflightDialog(AppContext context, PreflightViewModel viewModel) {
        this.viewModel = viewModel;
        Messages messages = context.messages();
        dialog.setTitle(messages.get("content.preflight.title"));
        if (context.owner() != null && context.owner().isShowing()) {
            dialog.initOwner(context.owner());
        }
        Label headline = new Label(viewModel.headline());
        headline.setWrapText(true);
        headline.setId("preflightHeadline");
        ListView<Finding> list = new ListView<>(viewModel.findings());
        list.setId("preflightList");
        list.setPrefSize(640, 320);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Finding finding, boolean empty) {
                super.updateItem(finding, empty);
                setText(empty || finding == null ? null : finding.text());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        viewModel.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox content = new VBox(8, headline, list);
        content.setPrefWidth(660);
        ButtonType proceed = new ButtonType(messages.get("content.preflight.continue"), ButtonBar.ButtonData.OK_DONE);
        ButtonType open = new ButtonType(messages.get("content.preflight.open"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(messages.get("content.preflight.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(proceed, open, cancel);
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        Theme.apply(dialog.getDialogPane());
        Node proceedButton = dialog.getDialogPane().lookupButton(proceed);
        proceedButton.setId("preflightContinueButton");
        proceedButton.addEventFilter(ActionEvent.ACTION, e -> viewModel.continueAnyway());
        Node openButton = dialog.getDialogPane().lookupButton(open);
        openButton.setId("preflightOpenButton");
        openButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        openButton.addEventFilter(ActionEvent.ACTION, e -> viewModel.openSelected());
        dialog.getDialogPane().lookupButton(cancel).setId("preflightCancelButton");
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openAndClose();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openAndClose();
                e.consume();
            }
        });
    }

    private void openAndClose() {
        if (viewModel.openSelected()) {
            dialog.setResult(ButtonType.CLOSE);
            dialog.close();
        }
    }

    /** Shows the list until the user answers; the answer is the view model's {@link PreflightViewModel#choice()}. */
    public PreflightViewModel.Choice showAndWait() {
        dialog.showAndWait();
        return viewModel.choice();
    }
}
