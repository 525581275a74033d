package org.nineones.ui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

import org.nineones.model.Messages;

/** Read-only tables (the inspector's, the county desk's): a column of text, titled from the bundle, as wide as asked. */
public final class Columns {

    private Columns() {
    }

    public static <T> TableColumn<T, String> text(Messages messages, String key, double width, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        return c;
    }
}
