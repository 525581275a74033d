package org.nineones.ui.readiness;

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
import org.nineones.model.problems.MeasureVersion;
import org.nineones.service.problems.OverdueMeasure;
import org.nineones.ui.common.Placeholder;
import org.nineones.ui.common.WholeText;

/**
 * 逾期整改: the rectification measures (整改措施) of the problem list past their deadline and not done, the longest
 * overdue first; one click on 问题 #n (or Enter, or a double-click on the row) opens the problem list at that problem.
 */
final class OverduePane {

    private final Messages messages;
    private final Navigator navigator;
    private final TableView<OverdueMeasure> table = new TableView<>();
    private final BorderPane node;

    OverduePane(Messages messages, ObservableList<OverdueMeasure> overdue, Navigator navigator) {
        this.messages = messages;
        this.navigator = navigator;
        table.setId("readinessOverdueTable");
        table.setItems(overdue);
        table.setPlaceholder(Placeholder.of(messages.get("prepare.overdue.none")));
        TableColumn<OverdueMeasure, OverdueMeasure> link = new TableColumn<>(messages.get("prepare.overdue.problem"));
        link.setPrefWidth(80);
        link.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        link.setCellFactory(c -> new TableCell<>() {
            private final Hyperlink open = new Hyperlink();

            {
                open.setFocusTraversable(false);
                open.setOnAction(e -> {
                    if (getItem() != null) {
                        open(getItem());
                    }
                });
            }

            @Override
            protected void updateItem(OverdueMeasure m, boolean empty) {
                super.updateItem(m, empty);
                if (empty || m == null) {
                    setGraphic(null);
                } else {
                    open.setText(messages.get("prepare.overdue.link", m.problem().id()));
                    open.setId("overdueLink" + m.measure().id());
                    setGraphic(open);
                }
            }
        });
        table.getColumns().add(link);
        table.getColumns().add(WholeText.column(messages.get("prepare.overdue.seen"), 180, m -> m.problem().seen()));
        table.getColumns().add(WholeText.column(messages.get("prepare.overdue.measure"), 180,
                m -> "#" + m.measure().id() + " " + m.measure().text()));
        table.getColumns().add(WholeText.column(messages.get("prepare.overdue.owner"), 80, m -> owner(m.measure()
                .current())));
        table.getColumns().add(WholeText.column(messages.get("prepare.overdue.deadline"), 85,
                m -> m.measure().deadline().toString()));
        table.getColumns().add(WholeText.column(messages.get("prepare.overdue.days"), 70,
                m -> messages.get("prepare.overdue.daysValue", m.daysOverdue())));
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
        Label hint = new Label(messages.get("prepare.overdue.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        node = new BorderPane(table, null, null, hint, null);
    }

    Node node() {
        return node;
    }

    /** The tab's title: 逾期整改, with the count when there are some. */
    String title(int count) {
        return count == 0 ? messages.get("prepare.tab.overdue") : messages.get("prepare.tab.overdueCount", count);
    }

    private void openSelected() {
        OverdueMeasure m = table.getSelectionModel().getSelectedItem();
        if (m != null) {
            open(m);
        }
    }

    private void open(OverdueMeasure m) {
        navigator.openProblem(m.problem().id());
    }

    private static String owner(MeasureVersion v) {
        return v.ownerNumber().isEmpty() ? v.ownerName() : v.ownerName() + "（" + v.ownerNumber() + "）";
    }
}
