package org.nineones.ui.readiness;

import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/**
 * A readiness list whose rows each open another screen: the first column a link (one click), a double-click on the
 * row or Enter on the selected row doing the same, the hint below the table. The overdue measures and the grid's
 * gaps are such lists.
 */
final class LinkTable {

    private LinkTable() {
    }

    /**
     * The link column: {@code text} is the link's words, {@code id} its node id (for tests and the keyboard), and a
     * click runs {@code open}.
     */
    static <T> TableColumn<T, T> linkColumn(String title, double width, Function<T, String> text,
                                            Function<T, String> id, Consumer<T> open) {
        TableColumn<T, T> link = new TableColumn<>(title);
        link.setPrefWidth(width);
        link.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        link.setCellFactory(c -> new TableCell<>() {
            private final Hyperlink hyperlink = new Hyperlink();

            {
                hyperlink.setFocusTraversable(false);
                hyperlink.setOnAction(e -> {
                    if (getItem() != null) {
                        open.accept(getItem());
                    }
                });
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    hyperlink.setText(text.apply(item));
                    hyperlink.setId(id.apply(item));
                    setGraphic(hyperlink);
                }
            }
        });
        return link;
    }

    /** A double-click on a row, or Enter, opens the selected row; the hint goes below the table. */
    static <T> BorderPane withHint(TableView<T> table, String hintText, Consumer<T> open) {
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected(table, open);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(table, open);
                e.consume();
            }
        });
        Label hint = new Label(hintText);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return new BorderPane(table, null, null, hint, null);
    }

    private static <T> void openSelected(TableView<T> table, Consumer<T> open) {
        T item = table.getSelectionModel().getSelectedItem();
        if (item != null) {
            open.accept(item);
        }
    }
}
