package org.nineones.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Shows a ViewModel's field problem on the field: the ControlsFX decoration on the control and the sentence
 * in a label under it. The View only decorates; the rule and the text live in the ViewModel.
 */
public final class FieldDecorations {

    private final ValidationSupport support = new ValidationSupport();

    public FieldDecorations() {
        support.setErrorDecorationEnabled(true);
    }

    /** {@code error} is the problem sentence, or empty/null when the field is fine. */
    public void attach(Control field, Label errorLabel, ObservableValue<String> error) {
        support.registerValidator(field, false,
                (Control c, Object value) -> ValidationResult.fromErrorIf(c, text(error), !text(error).isEmpty()));
        if (errorLabel != null) {
            errorLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> text(error), error));
            errorLabel.visibleProperty().bind(errorLabel.textProperty().isNotEmpty());
            errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        }
        error.addListener((obs, old, now) -> support.revalidate(field));
    }

    private static String text(ObservableValue<String> error) {
        String value = error.getValue();
        return value == null ? "" : value;
    }
}
