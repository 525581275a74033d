package org.nineones.ui.enterprise;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.FieldDecorations;

/** The enterprise profile (企业信息) form. */
public final class EnterpriseView {

    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private TextField creditCodeField;
    @FXML private Label creditCodeError;
    @FXML private TextField industryField;
    @FXML private CheckBox highRiskBox;
    @FXML private TextField countyField;
    @FXML private TextField addressField;
    @FXML private TextField principalField;
    @FXML private TextField contactPhoneField;
    @FXML private Label contactPhoneError;
    @FXML private TextField emergencyPhoneField;
    @FXML private Label emergencyPhoneError;
    @FXML private Button saveButton;
    @FXML private Label statusLabel;

    private final EnterpriseViewModel viewModel;
    private final Parent root;

    public EnterpriseView(AppContext context, Workspace workspace) {
        this.viewModel = new EnterpriseViewModel(context.messages(), context.tasks(),
                context.services().enterprise(), workspace, context.session());
        this.root = context.views().load(this);
        viewModel.load();
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        creditCodeField.textProperty().bindBidirectional(viewModel.creditCodeProperty());
        industryField.textProperty().bindBidirectional(viewModel.industryProperty());
        highRiskBox.selectedProperty().bindBidirectional(viewModel.highRiskProperty());
        countyField.textProperty().bindBidirectional(viewModel.countyProperty());
        addressField.textProperty().bindBidirectional(viewModel.addressProperty());
        principalField.textProperty().bindBidirectional(viewModel.principalProperty());
        contactPhoneField.textProperty().bindBidirectional(viewModel.contactPhoneProperty());
        emergencyPhoneField.textProperty().bindBidirectional(viewModel.emergencyPhoneProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        saveButton.disableProperty().bind(viewModel.validProperty().not());
        FieldDecorations decorations = new FieldDecorations();
        decorations.attach(nameField, nameError, viewModel.nameErrorProperty());
        decorations.attach(creditCodeField, creditCodeError, viewModel.creditCodeErrorProperty());
        decorations.attach(contactPhoneField, contactPhoneError, viewModel.contactPhoneErrorProperty());
        decorations.attach(emergencyPhoneField, emergencyPhoneError, viewModel.emergencyPhoneErrorProperty());
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    public Parent root() {
        return root;
    }
}
