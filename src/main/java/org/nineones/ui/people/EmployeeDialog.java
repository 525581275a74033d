package org.nineones.ui.people;

import java.util.List;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Gender;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.EditDialog;
import org.nineones.ui.common.EnumConverter;
import org.nineones.ui.common.FieldDecorations;

/** Adds or edits one employee; every field shows its problem, OK is disabled until all are fine. */
public final class EmployeeDialog {

    @FXML private TextField personNameField;
    @FXML private Label personNameError;
    @FXML private ComboBox<Gender> genderBox;
    @FXML private TextField idNumberField;
    @FXML private Label idNumberError;
    @FXML private TextField employeeNumberField;
    @FXML private TextField phoneField;
    @FXML private Label phoneError;
    @FXML private ComboBox<OrgUnit> orgUnitBox;
    @FXML private ComboBox<Post> postBox;
    @FXML private TextField hireDateField;
    @FXML private Label hireDateError;
    @FXML private ComboBox<EmployeeStatus> statusBox;
    @FXML private TextField certificateNumberField;
    @FXML private TextField certificateExpiryField;
    @FXML private Label certificateExpiryError;

    private final Messages messages;
    private final EmployeeEditViewModel viewModel;
    private final EditDialog dialog;

    public EmployeeDialog(AppContext context, Employee original, List<OrgUnit> units, List<Post> posts) {
        this.messages = context.messages();
        this.viewModel = new EmployeeEditViewModel(messages, original, units, posts);
        Parent content = context.views().load(this);
        this.dialog = new EditDialog(context,
                messages.get(original == null ? "ui.person.addTitle" : "ui.person.editTitle"), content,
                viewModel.validProperty(), "savePersonButton", personNameField);
    }

    @FXML
    private void initialize() {
        personNameField.textProperty().bindBidirectional(viewModel.nameProperty());
        genderBox.getItems().setAll(Gender.values());
        genderBox.setConverter(new EnumConverter<>(messages, Gender.class));
        genderBox.valueProperty().bindBidirectional(viewModel.genderProperty());
        idNumberField.textProperty().bindBidirectional(viewModel.idNumberProperty());
        employeeNumberField.textProperty().bindBidirectional(viewModel.employeeNumberProperty());
        phoneField.textProperty().bindBidirectional(viewModel.phoneProperty());
        orgUnitBox.getItems().setAll(viewModel.units());
        orgUnitBox.setConverter(converter(u -> u.name() + "（" + messages.of(u.kind()) + "）"));
        orgUnitBox.valueProperty().bindBidirectional(viewModel.orgUnitProperty());
        postBox.setItems(viewModel.postChoices());
        postBox.setConverter(converter(Post::name));
        postBox.valueProperty().bindBidirectional(viewModel.postProperty());
        hireDateField.textProperty().bindBidirectional(viewModel.hireDateProperty());
        statusBox.getItems().setAll(EmployeeStatus.values());
        statusBox.setConverter(new EnumConverter<>(messages, EmployeeStatus.class));
        statusBox.valueProperty().bindBidirectional(viewModel.statusProperty());
        certificateNumberField.textProperty().bindBidirectional(viewModel.certificateNumberProperty());
        certificateExpiryField.textProperty().bindBidirectional(viewModel.certificateExpiryProperty());
        FieldDecorations decorations = new FieldDecorations();
        decorations.attach(personNameField, personNameError, viewModel.nameErrorProperty());
        decorations.attach(idNumberField, idNumberError, viewModel.idNumberErrorProperty());
        decorations.attach(phoneField, phoneError, viewModel.phoneErrorProperty());
        decorations.attach(hireDateField, hireDateError, viewModel.hireDateErrorProperty());
        decorations.attach(certificateExpiryField, certificateExpiryError, viewModel.certificateExpiryErrorProperty());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** Shows the dialog; the employee to save, or null when cancelled. */
    public Employee showAndWait() {
        return dialog.showAndWait() && viewModel.validProperty().get() ? viewModel.toEmployee() : null;
    }
}
