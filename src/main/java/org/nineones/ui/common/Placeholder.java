package org.nineones.ui.common;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.text.TextAlignment;

/** What an empty table or list says: wrapped to the table's width, so a narrow table shows the whole sentence. */
public final class Placeholder {

    private Placeholder() {
    }

    public static Label of(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setPadding(new Insets(8));
        return label;
    }
}
