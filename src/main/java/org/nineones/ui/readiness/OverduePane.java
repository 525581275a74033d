package org.nineones.ui.readiness;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

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
        TableColumn<OverdueMeasure, OverdueMeasure> link = LinkTable.linkColumn(
                messages.get("prepare.overdue.problem"), 80, m -> messages.get("prepare.overdue.link", m.problem().id()),
                m -> "overdueLink" + m.measure().id(), this::open);
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
        node = LinkTable.withHint(table, messages.get("prepare.overdue.hint"), this::open);
    }

    Node node() {
        return node;
    }

    /** The tab's title: 逾期整改, with the count when there are some. */
    String title(int count) {
        return count == 0 ? messages.get("prepare.tab.overdue") : messages.get("prepare.tab.overdueCount", count);
    }

    private void open(OverdueMeasure m) {
        navigator.openProblem(m.problem().id());
    }

    private static String owner(MeasureVersion v) {
        return v.ownerNumber().isEmpty() ? v.ownerName() : v.ownerName() + "（" + v.ownerNumber() + "）";
    }
}
