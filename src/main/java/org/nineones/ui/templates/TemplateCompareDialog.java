package org.nineones.ui.templates;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.util.StringConverter;

import org.nineones.model.Messages;
import org.nineones.service.templates.PostRef;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Theme;

/** 与模板对比: how a post's four kinds of content differ from the templates they were made from. */
public final class TemplateCompareDialog {

    @FXML private ComboBox<PostRef> postBox;
    @FXML private TextArea reportArea;

    private final TemplateCompareViewModel viewModel;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public TemplateCompareDialog(AppContext context, Workspace workspace, Long postId) {
        Messages messages = context.messages();
        this.viewModel = new TemplateCompareViewModel(messages, context.tasks(), context.services().templates(),
                workspace);
        Parent content = context.views().load(this);
        dialog.setTitle(messages.get("templates.ui.compareTitle"));
        if (context.owner() != null && context.owner().isShowing()) {
            dialog.initOwner(context.owner());
        }
        ButtonType close = new ButtonType(messages.get("templates.ui.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().lookupButton(close).setId("closeCompareButton");
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        Theme.apply(dialog.getDialogPane());
        viewModel.load(postId);
    }

    @FXML
    private void initialize() {
        postBox.setItems(viewModel.posts());
        postBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(PostRef ref) {
                return ref == null ? "" : ref.qualifiedName();
            }

            @Override
            public PostRef fromString(String text) {
                return null;
            }
        });
        postBox.valueProperty().bindBidirectional(viewModel.postProperty());
        reportArea.textProperty().bind(viewModel.reportProperty());
    }

    public void show() {
        dialog.showAndWait();
    }
}
