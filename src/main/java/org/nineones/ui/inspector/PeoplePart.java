package org.nineones.ui.inspector;

import java.util.List;
import java.util.Locale;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.nineones.model.Messages;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Columns;
import org.nineones.ui.people.EmployeeRow;
import org.nineones.ui.people.EmployeeRows;

/**
 * 人员, read-only: the enterprise's people as its records hold them, ID numbers masked (the standard package holds them
 * masked already), searched as you type over name, employee number, post and the last digits of the ID number — the
 * same rows and search as the enterprise's own people screen.
 */
final class PeoplePart implements InspectionScreen.Part {

    private final AppContext context;
    private final Messages messages;
    private final Workspace records;
    private final ObservableList<EmployeeRow> rows = FXCollections.observableArrayList();
    private final FilteredList<EmployeeRow> shown = new FilteredList<>(rows);
    private final TableView<EmployeeRow> table = new TableView<>(shown);
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final VBox node;

    PeoplePart(AppContext context, Workspace records) {
        this.context = context;
        this.messages = context.messages();
        this.records = records;
        search.setId("inspPeopleSearch");
        search.setPromptText(messages.get("inspector.people.search"));
        search.textProperty().addListener((obs, old, now) -> filter());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(100);
        search.setPrefWidth(240);
        count.setId("inspPeopleCount");
        count.getStyleClass().add("count-label");
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.setId("inspPeopleTable");
        table.setFixedCellSize(26);
        table.getColumns().add(Columns.text(messages, "ui.person.name", 80, EmployeeRow::name));
        table.getColumns().add(Columns.text(messages, "ui.person.gender", 45, EmployeeRow::gender));
        table.getColumns().add(Columns.text(messages, "ui.person.idNumber", 160, EmployeeRow::maskedId));
        table.getColumns().add(Columns.text(messages, "ui.person.employeeNumber", 80, EmployeeRow::employeeNumber));
        table.getColumns().add(Columns.text(messages, "ui.person.orgUnit", 120, EmployeeRow::orgUnit));
        table.getColumns().add(Columns.text(messages, "ui.person.post", 110, EmployeeRow::post));
        table.getColumns().add(Columns.text(messages, "ui.person.hireDate", 90, EmployeeRow::hireDate));
        table.getColumns().add(Columns.text(messages, "ui.person.status", 60, EmployeeRow::status));
        table.getColumns().add(Columns.text(messages, "ui.person.certificateNumber", 120, EmployeeRow::certificateNumber));
        table.getColumns().add(Columns.text(messages, "ui.person.certificateExpiry", 90, EmployeeRow::certificateExpiry));
        HBox bar = new HBox(8, search);
        bar.getStyleClass().add("toolbar");
        node = new VBox(6, bar, table, count);
        VBox.setVgrow(table, Priority.ALWAYS);
    }


    @Override
    public Node node() {
        return node;
    }

    @Override
    public void load() {
        context.tasks().run(messages.get("inspector.task.read"),
                progress -> EmployeeRows.of(context.services().people().list(records), messages), list -> {
                    rows.setAll(list);
                    filter();
                });
    }

    private void filter() {
        String text = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        String[] terms = text.isEmpty() ? new String[0] : text.split("\\s+");
        shown.setPredicate(terms.length == 0 ? null : r -> r.matches(terms));
        count.setText(messages.get("inspector.people.count", rows.size(), shown.size()));
    }

    /** The rows shown, for tests. */
    List<EmployeeRow> shownRows() {
        return List.copyOf(shown);
    }
}
