package org.nineones.ui.content;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TextInputControl;

/** Text fields that stop being editable while an earlier version is shown. */
final class Fields {

    private Fields() {
    }

    static void readOnlyWhen(ObservableValue<Boolean> readOnly, TextInputControl... fields) {
        for (TextInputControl field : fields) {
            field.editableProperty().bind(Bindings.createBooleanBinding(() -> !readOnly.getValue(), readOnly));
        }
    }
}
