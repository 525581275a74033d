package org.nineones.ui.content;

import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.nineones.model.Messages;
import org.nineones.ui.common.AppContext;

/** The emergency card tab: the list of scenarios and the selected one's name, steps and contacts. */
final class EmergencyCardPane {

    @FXML private Button addScenarioButton;
    @FXML private Button removeScenarioButton;
    @FXML private ListView<ScenarioRow> scenarioList;
    @FXML private Node scenarioForm;
    @FXML private TextField scenarioNameField;
    @FXML private TextArea scenarioStepsArea;
    @FXML private TextArea scenarioContactsArea;

    private final AppContext context;
    private final Messages messages;
    private final KindEditorModel model;
    private final Parent root;
    private ScenarioRow boundScenario;

    EmergencyCardPane(AppContext context, KindEditorModel model) {
        this.context = context;
        this.messages = context.messages();
        this.model = model;
        this.root = context.views().load(this);
    }

    @FXML
    private void initialize() {
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
        Fields.readOnlyWhen(readOnly, scenarioNameField, scenarioStepsArea, scenarioContactsArea);
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
        int at = model.emergencyCard().add("");
        scenarioList.getSelectionModel().select(at);
        scenarioNameField.requestFocus();
    }

    @FXML
    private void onRemoveScenario() {
        if (model.readOnlyProperty().get()) {
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
        model.emergencyCard().remove(scenarioList.getSelectionModel().getSelectedIndex());
    }

    Parent root() {
        return root;
    }
}
