package org.nineones.ui.readiness;

import java.util.stream.Collectors;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

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
        TableColumn<ListedArea, ListedArea> link = LinkTable.linkColumn(messages.get("prepare.grid.area"), 220,
                ListedArea::path, a -> "gridGapLink" + a.area().id(), this::open);
        table.getColumns().add(link);
        table.getColumns().add(WholeText.column(messages.get("prepare.grid.missing"), 180, a -> a.missing().stream()
                .map(messages::of).collect(Collectors.joining("、"))));
        table.getColumns().add(WholeText.column(messages.get("prepare.grid.supervisor"), 110,
                a -> PersonText.of(messages, a.supervisor())));
        table.getColumns().add(WholeText.column(messages.get("prepare.grid.responsible"), 110,
                a -> PersonText.of(messages, a.responsible())));
        node = LinkTable.withHint(table, messages.get("prepare.grid.hint"), this::open);
    }

    Node node() {
        return node;
    }

    /** The tab's title: 网格缺人, with the count when there are some. */
    String title(int count) {
        return count == 0 ? messages.get("prepare.tab.grid") : messages.get("prepare.tab.gridCount", count);
    }

    private void open(ListedArea a) {
        navigator.openGridArea(a.area().id());
    }
}
