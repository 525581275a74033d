package org.nineones.ui.templates;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.nineones.model.Messages;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.PostTemplate;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.EditDialog;

/**
 * 套用岗位模板: choose a template of the library (filtered as you type, suggested for the first post), tick the posts
 * (space ticks the selected rows), choose the kinds; 套用 saves drafts for every ticked post in one go.
 */
public final class TemplateApplyDialog {

    @FXML private TextField filterField;
    @FXML private ListView<PostTemplate> templateList;
    @FXML private TextArea previewArea;
    @FXML private TableView<TemplateApplyViewModel.PostChoice> postTable;
    @FXML private TableColumn<TemplateApplyViewModel.PostChoice, Boolean> chosenColumn;
    @FXML private TableColumn<TemplateApplyViewModel.PostChoice, String> unitColumn;
    @FXML private TableColumn<TemplateApplyViewModel.PostChoice, String> postColumn;
    @FXML private CheckBox dutyListBox;
    @FXML private CheckBox procedureBox;
    @FXML private CheckBox riskCardBox;
    @FXML private CheckBox emergencyCardBox;
    @FXML private Label summaryLabel;

    private final AppContext context;
    private final Messages messages;
    private final TemplateApplyViewModel viewModel;
    private final EditDialog dialog;

    public TemplateApplyDialog(AppContext context, Workspace workspace, Long firstPostId) {
        this.context = context;
        this.messages = context.messages();
        this.viewModel = new TemplateApplyViewModel(messages, context.tasks(), context.services().templates(),
                workspace);
        Parent content = context.views().load(this);
        this.dialog = new EditDialog(context, messages.get("templates.ui.title"), content, viewModel.validProperty(),
                "applyTemplateButton", filterField, messages.get("templates.ui.apply"));
        viewModel.load(firstPostId);
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        filterField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                templateList.requestFocus();
                templateList.getSelectionModel().selectFirst();
            }
        });
        templateList.setItems(viewModel.shownTemplates());
        templateList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PostTemplate t, boolean empty) {
                super.updateItem(t, empty);
                String category = t == null ? "" : messages.of(t.category());
                setText(empty || t == null ? null
                        : t.name().equals(category) ? t.name() : t.name() + "（" + category + "）");
            }
        });
        templateList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.templateProperty().set(now);
            }
        });
        viewModel.templateProperty().addListener((obs, old, now) -> {
            if (now != null && templateList.getSelectionModel().getSelectedItem() != now) {
                templateList.getSelectionModel().select(now);
                templateList.scrollTo(now);
            }
        });
        previewArea.textProperty().bind(viewModel.previewProperty());
        postTable.setItems(viewModel.posts());
        postTable.setPlaceholder(new Label(messages.get("templates.ui.noPosts")));
        chosenColumn.setCellValueFactory(c -> c.getValue().chosenProperty());
        chosenColumn.setCellFactory(CheckBoxTableCell.forTableColumn(chosenColumn));
        chosenColumn.setEditable(true);
        unitColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().ref().orgUnit()));
        postColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().ref().post().name()));
        postTable.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        // a filter, so that the table's own use of the space bar (selecting the focused row) does not come first
        postTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !postTable.getSelectionModel().isEmpty()) {
                boolean tick = postTable.getSelectionModel().getSelectedItems().stream()
                        .anyMatch(c -> !c.chosenProperty().get());
                postTable.getSelectionModel().getSelectedItems().forEach(c -> c.chosenProperty().set(tick));
                e.consume();
            }
        });
        bindKind(dutyListBox, ContentKind.DUTY_LIST);
        bindKind(procedureBox, ContentKind.PROCEDURE);
        bindKind(riskCardBox, ContentKind.RISK_CARD);
        bindKind(emergencyCardBox, ContentKind.EMERGENCY_CARD);
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
    }

    private void bindKind(CheckBox box, ContentKind kind) {
        box.setText(messages.of(kind));
        box.selectedProperty().bindBidirectional(viewModel.kindProperty(kind));
    }

    @FXML
    private void onSameNames() {
        viewModel.chooseSameNames();
    }

    @FXML
    private void onAll() {
        viewModel.chooseAll(true);
    }

    @FXML
    private void onNone() {
        viewModel.chooseAll(false);
    }

    /** Shows the dialog; on 套用, applies the template in a task and then runs {@code afterApplying}. */
    public void showAndApply(Runnable afterApplying) {
        if (dialog.showAndWait() && viewModel.validProperty().get() && (viewModel.draftsReplaced() == 0
                || context.dialogs().confirm(messages.get("templates.ui.title"), viewModel.replaceQuestion(),
                messages.get("templates.ui.replace")))) {
            viewModel.apply(result -> {
                context.dialogs().showInfo(messages.get("templates.ui.title"), viewModel.doneMessage(result));
                afterApplying.run();
            });
        }
    }
}
