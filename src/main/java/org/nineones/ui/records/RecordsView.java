package org.nineones.ui.records;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.NineItem;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordAttachment;
import org.nineones.model.records.RecordKind;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Dates;

/**
 * 专档记录: the records of duty performance (filters by kind, item, days and text; 新建记录…, 更正…, 撤销…), a
 * corrected record shown beside the record correcting it; the selected record's details and files (打开 with the
 * system's viewer, 导出…, 全部导出…).
 */
public final class RecordsView {

    private final AppContext context;
    private final Messages messages;
    private final RecordsViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<DutyRecord> table = new TableView<>();
    private final ListView<RecordAttachment> files = new ListView<>();
    private final TextArea details = new TextArea();

    public RecordsView(AppContext context, Workspace workspace) {
        this.context = context;
        this.messages = context.messages();
        this.model = new RecordsViewModel(messages, context.tasks(), context.dialogs(),
                context.services().dutyRecords(), workspace);
        build();
    }

    public Parent view() {
        return root;
    }

    public RecordsViewModel viewModel() {
        return model;
    }

    public void reload() {
        model.reload();
    }

    private void build() {
        root.setId("recordsView");
        root.setPadding(new Insets(8));
        ComboBox<RecordKind> kind = new ComboBox<>(FXCollections.observableArrayList(RecordKind.values()));
        kind.getItems().add(0, null);
        kind.setId("recordsKindBox");
        kind.setConverter(RecordDialog.converter(k -> k == null ? messages.get("records.ui.allKinds")
                : messages.of(k)));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ComboBox<NineItem> item = new ComboBox<>(FXCollections.observableArrayList(NineItem.values()));
        item.getItems().add(0, null);
        item.setId("recordsItemBox");
        item.setConverter(RecordDialog.converter(i -> i == null ? messages.get("records.ui.allItems")
                : model.service().itemName(i)));
        item.valueProperty().bindBidirectional(model.itemProperty());
        DatePicker from = Dates.picker("recordsFromDate");
        from.setPrefWidth(135);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = Dates.picker("recordsToDate");
        to.setPrefWidth(135);
        to.valueProperty().bindBidirectional(model.toProperty());
        TextField search = new TextField();
        search.setId("recordsSearchField");
        search.setPromptText(messages.get("records.ui.searchPrompt"));
        search.setPrefColumnCount(10);
        search.textProperty().bindBidirectional(model.searchProperty());
        search.textProperty().addListener((obs, old, now) -> model.reload());
        kind.valueProperty().addListener((obs, old, now) -> model.reload());
        item.valueProperty().addListener((obs, old, now) -> model.reload());
        from.valueProperty().addListener((obs, old, now) -> model.reload());
        to.valueProperty().addListener((obs, old, now) -> model.reload());
        Label count = new Label();
        count.setId("recordsCount");
        count.textProperty().bind(model.countProperty());
        FlowPane filters = new FlowPane(8, 6, kind, item, label("records.ui.from", from), from,
                label("records.ui.to", to), to, search, count);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.getStyleClass().add("toolbar");

        Button add = button("recordsAddButton", "records.ui.addButton", this::add);
        Button correct = button("recordsCorrectButton", "records.ui.correctButton", this::correct);
        Button withdraw = button("recordsWithdrawButton", "records.ui.withdrawButton", this::withdraw);
        correct.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        withdraw.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        FlowPane actions = new FlowPane(8, 6, add, correct, withdraw);
        actions.setPadding(new Insets(6, 0, 6, 0));
        root.setTop(new VBox(filters, actions));

        table.setId("recordsTable");
        table.setItems(model.records());
        table.setPlaceholder(new Label(messages.get("records.ui.empty")));
        table.getColumns().add(column("recordsIdColumn", "records.column.id", 45, r -> "#" + r.id()));
        table.getColumns().add(column("recordsDateColumn", "records.column.date", 90, r -> r.date().toString()));
        table.getColumns().add(column("recordsKindColumn", "records.column.kind", 90, r -> messages.of(r.kind())));
        table.getColumns().add(column("recordsItemColumn", "records.column.item", 110,
                r -> model.service().itemName(r.item())));
        table.getColumns().add(column("recordsTitleColumn", "records.column.title", 190, DutyRecord::title));
        table.getColumns().add(column("recordsStateColumn", "records.column.state", 80, model::state));
        table.getColumns().add(column("recordsFilesColumn", "records.column.files", 50,
                r -> String.valueOf(r.attachments().size())));
        table.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(DutyRecord r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("superseded");
                if (!empty && r != null && r.status() != DutyRecord.Status.IN_FORCE) {
                    getStyleClass().add("superseded");
                }
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openFirst();
            }
        });

        details.setId("recordsDetails");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(7);
        details.setMinHeight(120);
        files.setId("recordsFileList");
        files.setPlaceholder(new Label(messages.get("records.ui.noFiles")));
        files.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RecordAttachment a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : model.fileLabel(a));
            }
        });
        files.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            details.setText(model.details(now));
            files.getItems().setAll(now == null ? java.util.List.of() : now.attachments());
            if (!files.getItems().isEmpty()) {
                files.getSelectionModel().selectFirst();
            }
        });
        Button open = button("recordsOpenButton", "records.ui.openButton", this::open);
        Button export = button("recordsExportButton", "records.ui.exportButton", this::export);
        Button exportAll = button("recordsExportAllButton", "records.ui.exportAllButton", this::exportAll);
        open.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        export.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        exportAll.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(files.getItems()));
        FlowPane fileActions = new FlowPane(8, 6, open, export, exportAll);
        Label filesTitle = label("records.ui.files", files);
        VBox pane = new VBox(6, details, filesTitle, files, fileActions);
        files.setPrefHeight(120);
        VBox.setVgrow(details, Priority.ALWAYS);
        VBox.setVgrow(files, Priority.ALWAYS);
        pane.setPadding(new Insets(0, 0, 0, 8));
        pane.setMinWidth(220);
        SplitPane split = new SplitPane(table, pane);
        split.setId("recordsSplit");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.62);
        root.setCenter(split);
    }

    private void add() {
        model.choices(choices -> new RecordDialog(model, choices, null).showAndWait(context)
                .ifPresent(result -> model.add(result.draft(), saved -> { })));
    }

    private void correct() {
        DutyRecord record = table.getSelectionModel().getSelectedItem();
        if (record != null) {
            model.choices(choices -> new RecordDialog(model, choices, record).showAndWait(context)
                    .ifPresent(result -> model.correct(record, result.draft(), result.reason())));
        }
    }

    private void withdraw() {
        DutyRecord record = table.getSelectionModel().getSelectedItem();
        if (record != null) {
            model.withdraw(record);
        }
    }

    private void openFirst() {
        DutyRecord record = table.getSelectionModel().getSelectedItem();
        if (record != null && !record.attachments().isEmpty()) {
            model.open(record.attachments().get(0));
        }
    }

    private void open() {
        RecordAttachment file = files.getSelectionModel().getSelectedItem();
        if (file != null) {
            model.open(file);
        }
    }

    private void export() {
        RecordAttachment file = files.getSelectionModel().getSelectedItem();
        if (file != null) {
            model.export(file);
        }
    }

    private void exportAll() {
        DutyRecord record = table.getSelectionModel().getSelectedItem();
        if (record != null) {
            model.exportAll(record);
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Label label(String key, javafx.scene.Node target) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(target);
        return l;
    }

    private TableColumn<DutyRecord, String> column(String id, String key, double width,
                                                   Function<DutyRecord, String> value) {
        TableColumn<DutyRecord, String> c = new TableColumn<>(messages.get(key));
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
