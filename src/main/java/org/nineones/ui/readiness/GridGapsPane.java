package org.nineones.ui.readiness;

import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

import org.nineones.model.Messages;
import org.nineones.service.grids.ListedArea;
import org.nineones.ui.common.Placeholder;
import org.nineones.ui.common.WholeText;
import org.nineones.ui.grids.PersonText;

/**
 * 网格缺人: the grid's areas without both responsible persons — unset, or someone who has left — as the grid tab
 * marks them; one click on the area (or Enter, or a double-click on the row) opens the 网格 tab at that area.
 */
final class GridGapsPane {

    private final Messages messages;
    private final Navigator navigator;
    private final TableView<ListedArea> table = new TableView<>();
    private final BorderPane node;

    GridGapsPane(Messages messages, ObservableList<ListedArea> gaps, Navigator navigator) {
        this.messages = messages;
        this.navigator = navigator;
        table.setId("readinessGridTable");
        table.setItems(gaps);
        table.setPlaceholder(Placeholder.of(messages.get("prepare.grid.none")));
        TableColumn<ListedArea, ListedArea> link = new TableColumn<>(messages.get("prepare.grid.area"));
        link.setPrefWidth(220);
        link.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        link.setCellFactory(c -> new TableCell<>() {
            private final Hyperlink open = new Hyperlink();

            {
                open.setFocusTraversable(false);
                open.setOnAction(e -> {
                    if (getItem() != null) {
                        navigator.openGridArea(getItem().area().id());
                    }
                });
            }

            @Override
            protected void updateItem(ListedArea a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setGraphic(null);
                } else {
                    open.setText(a.path());
                    open.setId("gridGapLink" + a.area().id());
                    setGraphic(open);
                }
            }
        });
        table.getColumns().add(link);
        table.getColumns().add(WholeText.column(messages.get("prepare.grid.missing"), 180, a -> a.missing().stream()
                .map(messages::of).collect(Collectors.joining("、"))));
        table.getColumns().add(WholeText.column(messages.get("prepare.grid.supervisor"), 110,
                a -> PersonText.of(messages, a.supervisor())));
        table.getColumns().add(WholeText.column(messages.get("prepare.grid.responsible"), 110,
                a -> PersonText.of(messages, a.responsible())));
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        Label hint = new Label(messages.get("prepare.grid.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        node = new BorderPane(table, null, null, hint, null);
    }

    Node node() {
        return node;
    }

    /** The tab's title: 网格缺人, with the count when there are some. */
    String title(int count) {
        return count == 0 ? messages.get("prepare.tab.grid") : messages.get("prepare.tab.gridCount", count);
    }

    private void openSelected() {
        ListedArea a = table.getSelectionModel().getSelectedItem();
        if (a != null) {
            navigator.openGridArea(a.area().id());
        }
    }
}
