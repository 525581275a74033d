package org.nineones.ui.org;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.EditDialog;
import org.nineones.ui.common.EnumConverter;
import org.nineones.ui.common.FieldDecorations;

/** Adds or edits a post: name, category, risk level. */
public final class PostDialog {

    @FXML private TextField postNameField;
    @FXML private Label postNameError;
    @FXML private ComboBox<PostCategory> categoryBox;
    @FXML private ComboBox<RiskLevel> riskBox;

    private final Messages messages;
    private final PostEditViewModel viewModel;
    private final EditDialog dialog;

    public PostDialog(AppContext context, Post original, long orgUnitId) {
        this.messages = context.messages();
        this.viewModel = new PostEditViewModel(messages, original, orgUnitId);
        Parent content = context.views().load(this);
        this.dialog = new EditDialog(context, messages.get(original == null ? "ui.post.addTitle" : "ui.post.editTitle"),
                content, viewModel.validProperty(), "savePostButton", postNameField);
    }

    @FXML
    private void initialize() {
        postNameField.textProperty().bindBidirectional(viewModel.nameProperty());
        categoryBox.getItems().setAll(PostCategory.values());
        categoryBox.setConverter(new EnumConverter<>(messages, PostCategory.class));
        categoryBox.valueProperty().bindBidirectional(viewModel.categoryProperty());
        riskBox.getItems().setAll(RiskLevel.values());
        riskBox.setConverter(new EnumConverter<>(messages, RiskLevel.class));
        riskBox.valueProperty().bindBidirectional(viewModel.riskLevelProperty());
        riskBox.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(RiskLevel level, boolean empty) {
                super.updateItem(level, empty);
                setText(null);
                setGraphic(empty || level == null ? null : OrgView.badge(messages, level));
            }
        });
        new FieldDecorations().attach(postNameField, postNameError, viewModel.nameErrorProperty());
    }

    /** Shows the dialog; the post to save, or null when cancelled. */
    public Post showAndWait() {
        return dialog.showAndWait() && viewModel.validProperty().get() ? viewModel.toPost() : null;
    }
}
