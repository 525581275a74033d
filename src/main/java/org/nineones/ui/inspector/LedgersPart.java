package org.nineones.ui.inspector;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.nineones.model.Messages;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.ledger.LedgerRows;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;

/**
 * 人员记录, read-only: each ledger of people's records (letters, training, attendance, exam results, rewards and
 * penalties, assessments) as the enterprise's own export writes it, one ledger at a time.
 */
final class LedgersPart implements InspectionScreen.Part {

    private final AppContext context;
    private final Messages messages;
    private final Workspace records;
    private final ComboBox<Ledger> choice = new ComboBox<>();
    private final TableView<List<String>> table = new TableView<>();
    private final Label count = new Label();
    private final VBox node;

    LedgersPart(AppContext context, Workspace records) {
        this.context = context;
        this.messages = context.messages();
        this.records = records;
        choice.setId("inspLedgerChoice");
        choice.setItems(FXCollections.observableArrayList(context.services().ledgers().packaged()));
        choice.setCellFactory(l -> new LedgerCell());
        choice.setButtonCell(new LedgerCell());
        choice.valueProperty().addListener((obs, old, now) -> read(now));
        count.getStyleClass().add("count-label");
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label label = new Label(messages.get("inspector.ledgers.choose"));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, label, choice, count);
        bar.getStyleClass().add("toolbar");
        table.setId("inspLedgerTable");
        node = new VBox(6, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(choice, Priority.NEVER);
    }

    private final class LedgerCell extends ListCell<Ledger> {
        @Override
        protected void updateItem(Ledger ledger, boolean empty) {
            super.updateItem(ledger, empty);
            setText(empty || ledger == null ? null : messages.get(ledger.titleKey()));
        }
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void load() {
        if (!choice.getItems().isEmpty()) {
            choice.getSelectionModel().select(0);
        }
    }

    private void read(Ledger ledger) {
        if (ledger == null) {
            return;
        }
        context.tasks().run(messages.get("inspector.task.read"), progress -> LedgerRows.read(ledger, records,
                progress), read -> {
                    if (choice.getValue() == ledger) {
                        show(read);
                    }
                });
    }

    /** Wide enough for the header and the longest of the first rows' texts, within reason. */
    private static double width(LedgerRows.Table read, int column) {
        double widest = textWidth(read.headers().get(column));
        for (List<String> row : read.rows().subList(0, Math.min(100, read.rows().size()))) {
            if (column < row.size()) {
                widest = Math.max(widest, textWidth(row.get(column)));
            }
        }
        return Math.max(60, Math.min(260, widest + 24));
    }

    /** About how wide a text is: a Chinese character twice a Latin one. */
    private static double textWidth(String text) {
        return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 8 : 15).sum();
    }

    private void show(LedgerRows.Table read) {
        table.getColumns().clear();
        for (int i = 0; i < read.headers().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> c = new TableColumn<>(read.headers().get(i));
            c.setPrefWidth(width(read, i));
            c.setCellValueFactory(d -> new ReadOnlyStringWrapper(index < d.getValue().size()
                    ? d.getValue().get(index) : ""));
            table.getColumns().add(c);
        }
        table.setItems(FXCollections.observableArrayList(read.rows()));
        count.setText(messages.get("inspector.ledgers.count", read.rows().size()));
    }
}
