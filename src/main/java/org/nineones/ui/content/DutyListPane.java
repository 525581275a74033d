package org.nineones.ui.content;

import java.util.function.Function;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import org.nineones.model.Messages;
import org.nineones.model.content.ResponsibilityForm;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.EnumConverter;

/** The duty list tab: the table of duties, add/delete/move, and the form of the selected duty (Enter edits, Delete removes). */
final class DutyListPane {

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

    private final AppContext context;
    private final Messages messages;
    private final KindEditorModel model;
    private final Parent root;
    private DutyRow boundDuty;

    DutyListPane(AppContext context, KindEditorModel model) {
        this.context = context;
        this.messages = context.messages();
        this.model = model;
        this.root = context.views().load(this);
    }

    @FXML
    private void initialize() {
        DutyListForm form = model.dutyList();
        BooleanBinding readOnly = model.readOnlyProperty();
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
        Fields.readOnlyWhen(readOnly, dutyCategoryField, dutyTextField, dutyResponsibleField, dutyScopeField,
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
        DutyListForm form = model.dutyList();
        int at = form.add(dutyTable.getSelectionModel().getSelectedIndex());
        dutyTable.getSelectionModel().select(at);
        dutyTable.scrollTo(at);
        dutyTextField.requestFocus();
    }

    @FXML
    private void onRemoveDuty() {
        if (model.readOnlyProperty().get()) {
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
        model.dutyList().remove(index);
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
        int now = model.dutyList().move(index, delta);
        dutyTable.getSelectionModel().select(now);
    }

    Parent root() {
        return root;
    }
}
