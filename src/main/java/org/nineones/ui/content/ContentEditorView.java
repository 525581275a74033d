package org.nineones.ui.content;

import java.time.LocalDate;

import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Scrolling;

/**
 * The selected post's four kinds of safety content, one tab each, with the version being edited, its status,
 * and 保存草稿 (Ctrl+S) / 批准… / 放弃草稿 / 历史版本. Earlier versions are shown read-only.
 */
public final class ContentEditorView {

    private static final KeyCombination SAVE = KeyCombination.keyCombination("Shortcut+S");

    @FXML private Label editorTitle;
    @FXML private ComboBox<ContentVersion> versionBox;
    @FXML private Label contentStatusLabel;
    @FXML private Button backToEditingButton;
    @FXML private Button saveDraftButton;
    @FXML private Button approveButton;
    @FXML private Button discardButton;
    @FXML private TabPane kindTabs;
    @FXML private Tab dutyListTab;
    @FXML private Tab procedureTab;
    @FXML private Tab riskCardTab;
    @FXML private Tab emergencyCardTab;

    private final AppContext context;
    private final Messages messages;
    private final ContentEditorViewModel viewModel;
    private final Parent root;
    private boolean syncing;

    public ContentEditorView(AppContext context, Workspace workspace) {
        this.context = context;
        this.messages = context.messages();
        this.viewModel = new ContentEditorViewModel(messages, context.tasks(), context.dialogs(),
                context.services().content(), workspace);
        this.root = context.views().load(this);
    }

    @FXML
    private void initialize() {
        initHeader();
        // each kind's form scrolls when the window leaves it less room than it needs (1024×600)
        dutyListTab.setContent(Scrolling.fit(new DutyListPane(context, kind(ContentKind.DUTY_LIST)).root()));
        procedureTab.setContent(Scrolling.fit(new ProcedurePane(context, kind(ContentKind.PROCEDURE)).root()));
        riskCardTab.setContent(Scrolling.fit(new RiskCardPane(context, kind(ContentKind.RISK_CARD)).root()));
        emergencyCardTab.setContent(Scrolling.fit(
                new EmergencyCardPane(context, kind(ContentKind.EMERGENCY_CARD)).root()));
        root().disableProperty().bind(viewModel.noPostProperty());
        root().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                onSaveDraft();
                e.consume();
            }
        });
    }

    private Parent root() {
        return (Parent) kindTabs.getParent();
    }

    private KindEditorModel kind(ContentKind kind) {
        return viewModel.kind(kind);
    }

    private void initHeader() {
        editorTitle.textProperty().bind(viewModel.titleProperty());
        dutyListTab.setUserData(ContentKind.DUTY_LIST);
        procedureTab.setUserData(ContentKind.PROCEDURE);
        riskCardTab.setUserData(ContentKind.RISK_CARD);
        emergencyCardTab.setUserData(ContentKind.EMERGENCY_CARD);
        kindTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) ->
                viewModel.selectedKindProperty().set((ContentKind) tab.getUserData()));
        viewModel.selectedKindProperty().addListener((obs, old, kind) -> {
            kindTabs.getTabs().stream().filter(t -> t.getUserData() == kind).findFirst()
                    .ifPresent(t -> kindTabs.getSelectionModel().select(t));
            showSelectedKind();
        });
        versionBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ContentVersion v) {
                return v == null ? "" : viewModel.selected().versionLabel(v);
            }

            @Override
            public ContentVersion fromString(String text) {
                return null;
            }
        });
        versionBox.valueProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                viewModel.showVersion(now);
            }
        });
        for (ContentKind kind : ContentKind.values()) {
            KindEditorModel model = kind(kind);
            model.history().addListener((ListChangeListener<ContentVersion>) c -> showSelectedKind());
            model.viewingProperty().addListener((obs, old, now) -> showSelectedKind());
            model.dirtyProperty().addListener((obs, old, now) -> showSelectedKind());
        }
        showSelectedKind();
    }

    /** Points the header (status, versions, buttons) at the selected kind. */
    private void showSelectedKind() {
        KindEditorModel model = viewModel.selected();
        syncing = true;
        try {
            if (!versionBox.getItems().equals(model.history())) {
                versionBox.getItems().setAll(model.history());
            }
            ContentVersion viewing = model.viewingProperty().get();
            versionBox.setValue(viewing != null ? viewing : model.baseProperty().get());
        } finally {
            syncing = false;
        }
        contentStatusLabel.textProperty().bind(model.statusProperty());
        contentStatusLabel.getStyleClass().removeAll("status-read-only", "status-dirty");
        if (model.readOnlyProperty().get()) {
            contentStatusLabel.getStyleClass().add("status-read-only");
        } else if (model.isDirty()) {
            contentStatusLabel.getStyleClass().add("status-dirty");
        }
        BooleanBinding readOnly = model.readOnlyProperty();
        versionBox.disableProperty().bind(model.dirtyProperty().or(javafx.beans.binding.Bindings.isEmpty(model.history())));
        backToEditingButton.visibleProperty().bind(readOnly);
        backToEditingButton.managedProperty().bind(readOnly);
        saveDraftButton.disableProperty().bind(readOnly.or(model.dirtyProperty().not()));
        approveButton.disableProperty().bind(readOnly.or(model.dirtyProperty().or(model.hasDraftProperty()).not()));
        discardButton.disableProperty().bind(readOnly.or(model.dirtyProperty().or(model.hasDraftProperty()).not()));
    }

    @FXML
    private void onSaveDraft() {
        viewModel.saveDraft();
    }

    @FXML
    private void onApprove() {
        Post post = viewModel.postProperty().get();
        if (post == null) {
            return;
        }
        String subject = messages.get("ui.approve.subject", post.name(), messages.of(viewModel.selectedKindProperty().get()));
        ApproveViewModel form = new ApproveDialog(context, subject, LocalDate.now(),
                viewModel.earliestEffectiveDate()).showAndWait();
        if (form != null) {
            viewModel.approve(form.approverName(), form.effectiveFromProperty().get());
        }
    }

    @FXML
    private void onDiscard() {
        viewModel.discard();
    }

    @FXML
    private void onBackToEditing() {
        viewModel.showVersion(null);
    }

    /** Shows the post's content of a kind (from the gaps view). */
    public void showKind(ContentKind kind) {
        viewModel.selectedKindProperty().set(kind);
    }

    public ContentEditorViewModel viewModel() {
        return viewModel;
    }

    public Parent view() {
        return root;
    }
}
