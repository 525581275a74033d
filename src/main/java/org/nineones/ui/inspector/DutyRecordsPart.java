package org.nineones.ui.inspector;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.nineones.model.Messages;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordAttachment;
import org.nineones.model.records.RecordFilter;
import org.nineones.service.attachments.AttachmentFile;
import org.nineones.store.InspectionFile;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Columns;
import org.nineones.ui.records.RecordsViewModel;

/**
 * 履职记录, read-only: every record of duty performance in the package (corrections too), and the chosen record's
 * files, each opened with the system's viewer from a read-only copy of the file the package held.
 */
final class DutyRecordsPart implements InspectionScreen.Part {

    private final AppContext context;
    private final Messages messages;
    private final InspectionFile file;
    private final Inspection inspection;
    private final Workspace records;
    private final TableView<DutyRecord> table = new TableView<>();
    private final ListView<RecordAttachment> files = new ListView<>();
    private final Label count = new Label();
    private final SplitPane node;

    DutyRecordsPart(AppContext context, InspectionFile file, Inspection inspection, Workspace records) {
        this.context = context;
        this.messages = context.messages();
        this.file = file;
        this.inspection = inspection;
        this.records = records;
        table.setId("inspRecordTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(messages, "records.column.id", 45, r -> "#" + r.id()));
        table.getColumns().add(Columns.text(messages, "records.column.date", 90, r -> r.date().toString()));
        table.getColumns().add(Columns.text(messages, "records.column.kind", 105, r -> messages.of(r.kind())));
        table.getColumns().add(Columns.text(messages, "records.column.item", 110,
                r -> context.services().dutyRecords().itemName(r.item())));
        table.getColumns().add(Columns.text(messages, "records.column.title", 180, DutyRecord::title));
        table.getColumns().add(Columns.text(messages, "records.column.state", 80, r -> RecordsViewModel.state(messages, r)));
        table.getColumns().add(Columns.text(messages, "records.column.files", 50, r -> String.valueOf(r.attachments().size())));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                files.getItems().setAll(now == null ? List.of() : now.attachments()));
        count.getStyleClass().add("count-label");
        VBox top = new VBox(6, count, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        files.setId("inspRecordFiles");
        files.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RecordAttachment a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.fileName() + "  (" + AttachmentFile.sizeText(a.size()) + ")");
            }
        });
        Button open = new Button(messages.get("inspector.records.open"));
        open.setId("inspOpenFileButton");
        open.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openFile(files.getSelectionModel().getSelectedItem()));
        Label filesLabel = new Label(messages.get("inspector.records.files"));
        filesLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(files, Priority.ALWAYS);
        VBox buttons = new VBox(6, filesLabel, open);
        HBox bottom = new HBox(8, buttons, files);
        node = new SplitPane(top, bottom);
        node.setOrientation(Orientation.VERTICAL);
        node.setDividerPositions(0.7);
    }


    @Override
    public Node node() {
        return node;
    }

    @Override
    public void load() {
        context.tasks().run(messages.get("inspector.task.read"),
                progress -> context.services().dutyRecords().list(records, RecordFilter.ALL), list -> {
                    table.setItems(FXCollections.observableArrayList(list));
                    count.setText(messages.get("inspector.records.count", list.size()));
                });
    }

    void openFile(RecordAttachment attachment) {
        if (attachment == null) {
            return;
        }
        context.tasks().run(messages.get("inspector.task.openFileCopy"),
                progress -> context.services().inspectionParts().dutyFileCopy(file, inspection, attachment),
                context.dialogs()::openFile);
    }
}
