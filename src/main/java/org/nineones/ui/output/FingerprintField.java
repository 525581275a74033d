package org.nineones.ui.output;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.nineones.model.Messages;

/**
 * A package's fingerprint as the user needs it: a label, the fingerprint in a read-only field that can be selected,
 * and a 复制 button that puts it on the clipboard and says so.
 */
final class FingerprintField {

    private final TextField field = new TextField();
    private final Label copied = new Label();
    private final VBox node;

    FingerprintField(Messages messages, String id) {
        field.setId(id);
        field.setEditable(false);
        field.setPrefColumnCount(64);
        field.setStyle("-fx-font-family: monospace;");
        HBox.setHgrow(field, Priority.ALWAYS);
        copied.setId(id + "Copied");
        Button copy = new Button(messages.get("pack.ui.copy"));
        copy.setId(id + "Copy");
        copy.setOnAction(e -> {
            PackageActions.copy(field.getText());
            field.selectAll();
            copied.setText(messages.get("pack.ui.copied"));
        });
        copy.disableProperty().bind(field.textProperty().isEmpty());
        Label label = new Label(messages.get("pack.cover.fingerprint"));
        label.setLabelFor(field);
        node = new VBox(4, label, new HBox(6, field, copy), copied);
    }

    VBox node() {
        return node;
    }

    void setText(String fingerprint) {
        field.setText(fingerprint);
        copied.setText("");
    }
}
