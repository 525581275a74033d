package org.nineones.ui.content;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

import org.controlsfx.control.CheckComboBox;
import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.AccidentType;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.ResponsibilityForm;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.EnumConverter;

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

    @FXML private Button addDutyButton;
    @FXML private Button removeDutyButton;
    @FXML private Button moveUpButton;
    @FXML private Button moveDownButton;
    @FXML private TableView<DutyRow> dutyTable;
    @FXML private TableColumn<DutyRow, String> dutyNumberColumn;
    @FXML private TableColumn<DutyRow, String> dutyCategoryColumn;
    @FXML private TableColumn<DutyRow, String> dutyTextColumn;
    @FXML private TableColumn<DutyRow, String> dutyResponsibleColumn;
    @FXML private TableColumn<DutyRow, String> dutyFormColumn;
    @FXML private Node dutyForm;
    @FXML private TextField dutyCategoryField;
    @FXML private TextArea dutyTextField;
    @FXML private TextField dutyResponsibleField;
    @FXML private TextField dutyScopeField;
    @FXML private TextArea dutyAssessmentField;
    @FXML private TextField dutyLegalBasisField;
    @FXML private ComboBox<ResponsibilityForm> dutyFormBox;

    @FXML private TextArea beforeWorkArea;
    @FXML private TextArea duringWorkArea;
    @FXML private TextArea afterWorkArea;
    @FXML private TextArea prohibitedArea;
    @FXML private TextArea equipmentArea;

    @FXML private TextArea hazardsArea;
    @FXML private TextArea consequencesArea;
    @FXML private TextArea controlsArea;
    @FXML private CheckComboBox<AccidentType> accidentTypesBox;
    @FXML private Label accidentTypesText;
    @FXML private ComboBox<RiskLevel> riskLevelBox;
    @FXML private Label riskLevelBadge;
    @FXML private TextArea riskContactsArea;

    @FXML private Button addScenarioButton;
    @FXML private Button removeScenarioButton;
    @FXML private ListView<ScenarioRow> scenarioList;
    @FXML private Node scenarioForm;
    @FXML private TextField scenarioNameField;
    @FXML private TextArea scenarioStepsArea;
    @FXML private TextArea scenarioContactsArea;

    private final AppContext context;
    private final Messages messages;
    private final ContentEditorViewModel viewModel;
    private final Parent root;
    private boolean syncing;
    private DutyRow boundDuty;
    private ScenarioRow boundScenario;

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
        initDutyList();
        initProcedure();
        initRiskCard();
        initEmergencyCard();
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

    // ---- duty list ----

    private void initDutyList() {
        DutyListForm form = kind(ContentKind.DUTY_LIST).dutyList();
        BooleanBinding readOnly = kind(ContentKind.DUTY_LIST).readOnlyProperty();
        dutyTable.setItems(form.rows());
        dutyTable.setPlaceholder(new Label(messages.get("ui.content.duty.none")));
        dutyNumberColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : String.valueOf(getIndex() + 1));
            }
        });
        wrapping(dutyCategoryColumn, DutyRow::categoryProperty);
        wrapping(dutyTextColumn, DutyRow::dutyProperty);
        wrapping(dutyResponsibleColumn, DutyRow::responsibleProperty);
        dutyFormColumn.setCellValueFactory(c -> javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.of(c.getValue().formProperty().get()), c.getValue().formProperty()));
        dutyFormBox.getItems().setAll(ResponsibilityForm.values());
        dutyFormBox.setConverter(new EnumConverter<>(messages, ResponsibilityForm.class));
        dutyTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> bindDuty(now));
        bindDuty(null);
        var noRow = dutyTable.getSelectionModel().selectedItemProperty().isNull();
        addDutyButton.disableProperty().bind(readOnly);
        removeDutyButton.disableProperty().bind(readOnly.or(noRow));
        moveUpButton.disableProperty().bind(readOnly.or(noRow));
        moveDownButton.disableProperty().bind(readOnly.or(noRow));
        dutyForm.disableProperty().bind(noRow);
        readOnlyFields(readOnly, dutyCategoryField, dutyTextField, dutyResponsibleField, dutyScopeField,
                dutyAssessmentField, dutyLegalBasisField);
        dutyFormBox.disableProperty().bind(readOnly);
        dutyTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && dutyTable.getSelectionModel().getSelectedItem() != null) {
                dutyTextField.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                onRemoveDuty();
                e.consume();
            }
        });
    }

    private void wrapping(TableColumn<DutyRow, String> column, Function<DutyRow, StringProperty> property) {
        column.setCellValueFactory(c -> property.apply(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("cell-text");
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
                setText(null);
            }
        });
    }

    private void bindDuty(DutyRow row) {
        if (boundDuty != null) {
            dutyCategoryField.textProperty().unbindBidirectional(boundDuty.categoryProperty());
            dutyTextField.textProperty().unbindBidirectional(boundDuty.dutyProperty());
            dutyResponsibleField.textProperty().unbindBidirectional(boundDuty.responsibleProperty());
            dutyScopeField.textProperty().unbindBidirectional(boundDuty.scopeProperty());
            dutyAssessmentField.textProperty().unbindBidirectional(boundDuty.assessmentStandardProperty());
            dutyLegalBasisField.textProperty().unbindBidirectional(boundDuty.legalBasisProperty());
            dutyFormBox.valueProperty().unbindBidirectional(boundDuty.formProperty());
        }
        boundDuty = row;
        if (row == null) {
            for (TextInputControl field : new TextInputControl[] {dutyCategoryField, dutyTextField,
                    dutyResponsibleField, dutyScopeField, dutyAssessmentField, dutyLegalBasisField}) {
                field.clear();
            }
            dutyFormBox.setValue(null);
            return;
        }
        dutyCategoryField.textProperty().bindBidirectional(row.categoryProperty());
        dutyTextField.textProperty().bindBidirectional(row.dutyProperty());
        dutyResponsibleField.textProperty().bindBidirectional(row.responsibleProperty());
        dutyScopeField.textProperty().bindBidirectional(row.scopeProperty());
        dutyAssessmentField.textProperty().bindBidirectional(row.assessmentStandardProperty());
        dutyLegalBasisField.textProperty().bindBidirectional(row.legalBasisProperty());
        dutyFormBox.valueProperty().bindBidirectional(row.formProperty());
    }

    @FXML
    private void onAddDuty() {
        DutyListForm form = kind(ContentKind.DUTY_LIST).dutyList();
        int at = form.add(dutyTable.getSelectionModel().getSelectedIndex());
        dutyTable.getSelectionModel().select(at);
        dutyTable.scrollTo(at);
        dutyTextField.requestFocus();
    }

    @FXML
    private void onRemoveDuty() {
        if (kind(ContentKind.DUTY_LIST).readOnlyProperty().get()) {
            return;
        }
        int index = dutyTable.getSelectionModel().getSelectedIndex();
        DutyRow row = dutyTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        String text = row.dutyProperty().get();
        if (!text.isBlank() && !context.dialogs().confirm(messages.get("ui.org.removeDutyTitle"),
                messages.get("ui.org.removeDutyQuestion", text), messages.get("ui.button.delete"))) {
            return;
        }
        kind(ContentKind.DUTY_LIST).dutyList().remove(index);
    }

    @FXML
    private void onMoveUp() {
        moveDuty(-1);
    }

    @FXML
    private void onMoveDown() {
        moveDuty(1);
    }

    private void moveDuty(int delta) {
        int index = dutyTable.getSelectionModel().getSelectedIndex();
        int now = kind(ContentKind.DUTY_LIST).dutyList().move(index, delta);
        dutyTable.getSelectionModel().select(now);
    }

    // ---- procedure ----

    private void initProcedure() {
        KindEditorModel model = kind(ContentKind.PROCEDURE);
        ProcedureForm form = model.procedure();
        beforeWorkArea.textProperty().bindBidirectional(form.beforeWorkProperty());
        duringWorkArea.textProperty().bindBidirectional(form.duringWorkProperty());
        afterWorkArea.textProperty().bindBidirectional(form.afterWorkProperty());
        prohibitedArea.textProperty().bindBidirectional(form.prohibitedActsProperty());
        equipmentArea.textProperty().bindBidirectional(form.protectiveEquipmentProperty());
        readOnlyFields(model.readOnlyProperty(), beforeWorkArea, duringWorkArea, afterWorkArea, prohibitedArea,
                equipmentArea);
    }

    // ---- risk card ----

    private void initRiskCard() {
        KindEditorModel model = kind(ContentKind.RISK_CARD);
        RiskCardForm form = model.riskCard();
        hazardsArea.textProperty().bindBidirectional(form.hazardsProperty());
        consequencesArea.textProperty().bindBidirectional(form.consequencesProperty());
        controlsArea.textProperty().bindBidirectional(form.controlsProperty());
        riskContactsArea.textProperty().bindBidirectional(form.contactsProperty());
        readOnlyFields(model.readOnlyProperty(), hazardsArea, consequencesArea, controlsArea, riskContactsArea);
        accidentTypesBox.getItems().setAll(AccidentType.values());
        accidentTypesBox.setConverter(new EnumConverter<>(messages, AccidentType.class));
        accidentTypesBox.setTitle(messages.get("ui.content.risk.choose"));
        accidentTypesBox.setShowCheckedCount(true);
        accidentTypesBox.disableProperty().bind(model.readOnlyProperty());
        form.accidentTypes().addListener((ListChangeListener<AccidentType>) c -> showAccidentTypes(form));
        accidentTypesBox.getCheckModel().getCheckedItems().addListener((ListChangeListener<AccidentType>) c -> {
            if (!syncing) {
                form.accidentTypes().setAll(accidentTypesBox.getCheckModel().getCheckedItems().stream()
                        .filter(Objects::nonNull).distinct().sorted().toList());
            }
        });
        showAccidentTypes(form);
        riskLevelBox.getItems().setAll(RiskLevel.values());
        riskLevelBox.setConverter(new EnumConverter<>(messages, RiskLevel.class));
        riskLevelBox.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RiskLevel level, boolean empty) {
                super.updateItem(level, empty);
                setText(null);
                setGraphic(empty || level == null ? null : badge(level));
            }
        });
        riskLevelBox.valueProperty().bindBidirectional(form.riskLevelProperty());
        riskLevelBox.disableProperty().bind(model.readOnlyProperty());
        form.riskLevelProperty().addListener((obs, old, now) -> showRiskLevel(now));
        showRiskLevel(form.riskLevelProperty().get());
    }

    private void showAccidentTypes(RiskCardForm form) {
        syncing = true;
        try {
            accidentTypesBox.getCheckModel().clearChecks();
            form.accidentTypes().forEach(t -> accidentTypesBox.getCheckModel().check(t));
        } finally {
            syncing = false;
        }
        accidentTypesText.setText(form.accidentTypes().isEmpty() ? messages.get("ui.content.risk.noneChosen")
                : String.join("、", form.accidentTypes().stream().map(messages::of).toList()));
    }

    private void showRiskLevel(RiskLevel level) {
        riskLevelBadge.getStyleClass().removeIf(s -> s.startsWith("risk-"));
        if (level == null) {
            riskLevelBadge.setText("");
            return;
        }
        riskLevelBadge.setText(messages.of(level));
        riskLevelBadge.getStyleClass().addAll("risk-badge", "risk-" + level.name().toLowerCase(Locale.ROOT));
    }

    private Label badge(RiskLevel level) {
        Label badge = new Label(messages.of(level));
        badge.getStyleClass().addAll("risk-badge", "risk-" + level.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    // ---- emergency card ----

    private void initEmergencyCard() {
        KindEditorModel model = kind(ContentKind.EMERGENCY_CARD);
        EmergencyCardForm form = model.emergencyCard();
        BooleanBinding readOnly = model.readOnlyProperty();
        scenarioList.setItems(form.scenarios());
        scenarioList.setPlaceholder(new Label(messages.get("ui.content.scenario.none")));
        scenarioList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ScenarioRow row, boolean empty) {
                super.updateItem(row, empty);
                textProperty().unbind();
                if (empty || row == null) {
                    setText(null);
                } else {
                    textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> (getIndex() + 1)
                            + ". " + (row.nameProperty().get().isBlank() ? messages.get("ui.content.scenario.unnamed")
                            : row.nameProperty().get()), row.nameProperty()));
                }
            }
        });
        scenarioList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> bindScenario(now));
        form.scenarios().addListener((ListChangeListener<ScenarioRow>) c -> {
            if (scenarioList.getSelectionModel().getSelectedItem() == null && !form.scenarios().isEmpty()) {
                scenarioList.getSelectionModel().select(0);
            }
        });
        bindScenario(null);
        var noScenario = scenarioList.getSelectionModel().selectedItemProperty().isNull();
        addScenarioButton.disableProperty().bind(readOnly);
        removeScenarioButton.disableProperty().bind(readOnly.or(noScenario));
        scenarioForm.disableProperty().bind(noScenario);
        readOnlyFields(readOnly, scenarioNameField, scenarioStepsArea, scenarioContactsArea);
        scenarioList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                onRemoveScenario();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                scenarioNameField.requestFocus();
                e.consume();
            }
        });
    }

    private void bindScenario(ScenarioRow row) {
        if (boundScenario != null) {
            scenarioNameField.textProperty().unbindBidirectional(boundScenario.nameProperty());
            scenarioStepsArea.textProperty().unbindBidirectional(boundScenario.stepsProperty());
            scenarioContactsArea.textProperty().unbindBidirectional(boundScenario.contactsProperty());
        }
        boundScenario = row;
        if (row == null) {
            scenarioNameField.clear();
            scenarioStepsArea.clear();
            scenarioContactsArea.clear();
            return;
        }
        scenarioNameField.textProperty().bindBidirectional(row.nameProperty());
        scenarioStepsArea.textProperty().bindBidirectional(row.stepsProperty());
        scenarioContactsArea.textProperty().bindBidirectional(row.contactsProperty());
    }

    @FXML
    private void onAddScenario() {
        int at = kind(ContentKind.EMERGENCY_CARD).emergencyCard().add("");
        scenarioList.getSelectionModel().select(at);
        scenarioNameField.requestFocus();
    }

    @FXML
    private void onRemoveScenario() {
        if (kind(ContentKind.EMERGENCY_CARD).readOnlyProperty().get()) {
            return;
        }
        ScenarioRow row = scenarioList.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        String name = row.nameProperty().get();
        if (!name.isBlank() && !context.dialogs().confirm(messages.get("ui.content.scenario.removeTitle"),
                messages.get("ui.content.scenario.removeQuestion", name), messages.get("ui.button.delete"))) {
            return;
        }
        kind(ContentKind.EMERGENCY_CARD).emergencyCard().remove(scenarioList.getSelectionModel().getSelectedIndex());
    }

    // ---- actions ----

    private static void readOnlyFields(ObservableValue<Boolean> readOnly, TextInputControl... fields) {
        for (TextInputControl field : fields) {
            field.editableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> !readOnly.getValue(), readOnly));
        }
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
