package org.nineones.ui.roster;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

import org.nineones.excel.RosterField;
import org.nineones.model.Messages;
import org.nineones.service.roster.RowError;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.EditDialog;
import org.nineones.ui.common.FileFilter;

/**
 * The roster import dialog: the sheet and its column mapping (correctable), the preview with counts, the org units
 * and posts that will be created, the invalid rows, the error report; 导入 commits.
 */
public final class RosterImportDialog {

    @FXML private Label fileLabel;
    @FXML private ComboBox<String> sheetBox;
    @FXML private TableView<MappingRow> mappingTable;
    @FXML private TableColumn<MappingRow, String> headerColumn;
    @FXML private TableColumn<MappingRow, String> exampleColumn;
    @FXML private TableColumn<MappingRow, RosterField> fieldColumn;
    @FXML private TableColumn<MappingRow, String> noteColumn;
    @FXML private Label unusedLabel;
    @FXML private Button ignoreColumnButton;
    @FXML private ListView<String> notesList;
    @FXML private Label summaryLabel;
    @FXML private Label problemLabel;
    @FXML private ListView<String> newUnitsList;
    @FXML private ListView<String> newPostsList;
    @FXML private TableView<RowError> errorTable;
    @FXML private Label errorsTitle;
    @FXML private javafx.scene.layout.HBox errorsBar;
    @FXML private TableColumn<RowError, String> errorRowColumn;
    @FXML private TableColumn<RowError, String> errorColumnColumn;
    @FXML private TableColumn<RowError, String> errorMessageColumn;
    @FXML private Button saveReportButton;
    @FXML private CheckBox skipInvalidBox;

    private final AppContext context;
    private final Messages messages;
    private final RosterImportViewModel viewModel;
    private final EditDialog dialog;

    public RosterImportDialog(AppContext context, RosterImportViewModel viewModel) {
        this.context = context;
        this.messages = context.messages();
        this.viewModel = viewModel;
        Parent content = context.views().load(this);
        this.dialog = new EditDialog(context, messages.get("ui.roster.title"), content, viewModel.canImportProperty(),
                "importRosterButton", mappingTable, messages.get("ui.roster.import"));
    }

    @FXML
    private void initialize() {
        fileLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.sheetProperty().get() == null ? "" : viewModel.sheetProperty().get().file().toString(),
                viewModel.sheetProperty()));
        sheetBox.setItems(viewModel.sheetNames());
        sheetBox.setValue(viewModel.sheetProperty().get().sheetName());
        viewModel.sheetProperty().addListener((obs, old, now) -> sheetBox.setValue(now.sheetName()));
        sheetBox.setOnAction(e -> viewModel.chooseSheet(sheetBox.getValue()));

        mappingTable.setItems(viewModel.mappingRows());
        headerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().header()));
        exampleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().example()));
        fieldColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().field()));
        fieldColumn.setCellFactory(column -> new FieldCell());
        noteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note()));
        unusedLabel.textProperty().bind(viewModel.unusedProperty());
        unusedLabel.visibleProperty().bind(viewModel.unusedProperty().isNotEmpty());
        unusedLabel.managedProperty().bind(unusedLabel.visibleProperty());
        ignoreColumnButton.visibleProperty().bind(viewModel.blockingColumnProperty().greaterThanOrEqualTo(0));
        ignoreColumnButton.managedProperty().bind(ignoreColumnButton.visibleProperty());
        notesList.setItems(viewModel.notes());
        notesList.setCellFactory(list -> new WrappingCell());
        notesList.setPlaceholder(new Label(messages.get("roster.ui.noNotes")));
        viewModel.blockingColumnProperty().addListener((obs, old, now) -> showColumn(now.intValue()));
        viewModel.mappingRows().addListener((javafx.collections.ListChangeListener<MappingRow>) change ->
                showColumn(viewModel.blockingColumnProperty().get()));
        showColumn(viewModel.blockingColumnProperty().get());

        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemLabel.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        newUnitsList.setItems(viewModel.newOrgUnits());
        newUnitsList.setCellFactory(list -> new WrappingCell());
        newUnitsList.setPlaceholder(new Label(messages.get("ui.roster.noNewUnits")));
        newPostsList.setItems(viewModel.newPosts());
        newPostsList.setCellFactory(list -> new WrappingCell());
        newPostsList.setPlaceholder(new Label(messages.get("ui.roster.noNewPosts")));
        errorTable.setItems(viewModel.errors());
        errorTable.setPlaceholder(new Label(messages.get("ui.roster.noErrors")));
        errorRowColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue().row())));
        errorColumnColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column()));
        errorMessageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        var noErrors = javafx.beans.binding.Bindings.isEmpty(viewModel.errors());
        saveReportButton.disableProperty().bind(noErrors);
        skipInvalidBox.disableProperty().bind(noErrors);
        // With no row in error (the summary says 有误 0 行), the error table and its buttons give their room to the
        // lists of what will be made.
        for (javafx.scene.Node errorsPart : List.of(errorsTitle, errorTable, errorsBar)) {
            errorsPart.visibleProperty().bind(noErrors.not());
            errorsPart.managedProperty().bind(errorsPart.visibleProperty());
        }
        skipInvalidBox.selectedProperty().bindBidirectional(viewModel.skipInvalidProperty());
    }

    /** Opens the mapping table on the column that stops the import: selected and scrolled to. */
    private void showColumn(int column) {
        if (column < 0) {
            return;
        }
        for (int i = 0; i < mappingTable.getItems().size(); i++) {
            if (mappingTable.getItems().get(i).column() == column) {
                mappingTable.getSelectionModel().select(i);
                mappingTable.scrollTo(i);
                return;
            }
        }
    }

    @FXML
    private void onIgnoreColumn() {
        viewModel.ignoreBlockingColumn();
    }

    @FXML
    private void onSaveReport() {
        String name = messages.get("ui.roster.reportFile",
                stripExtension(viewModel.sheetProperty().get().file().getFileName().toString()));
        context.dialogs().chooseOutputFile(messages, messages.get("ui.roster.saveReport"),
                        viewModel.sheetProperty().get().file().toAbsolutePath().getParent(), name,
                        new FileFilter(messages.get("ui.file.xlsxFilter"), "*.xlsx"), viewModel.sheetProperty().get().file())
                .ifPresent(out -> viewModel.writeErrorReport(out, () -> context.dialogs().showInfo(
                        messages.get("ui.roster.saveReport"), messages.get("ui.roster.reportDone", out))));
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** True when the user pressed 导入 (the preview allows it). */
    public boolean showAndWait() {
        return dialog.showAndWait() && viewModel.canImportProperty().get();
    }

    /** A note shown whole: wrapped to the list's width. */
    private static final class WrappingCell extends javafx.scene.control.ListCell<String> {
        WrappingCell() {
            setWrapText(true);
            setMinWidth(0);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

    /** A combo box in every row: the field this column fills; changing it previews again. */
    private final class FieldCell extends TableCell<MappingRow, RosterField> {
        private final ComboBox<RosterField> box = new ComboBox<>();
        private boolean updating;

        FieldCell() {
            box.getItems().setAll(RosterField.values());
            box.setMaxWidth(Double.MAX_VALUE);
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(RosterField field) {
                    return field == null ? "" : viewModel.fieldText(field);
                }

                @Override
                public RosterField fromString(String text) {
                    return null;
                }
            });
            box.valueProperty().addListener((obs, old, now) -> {
                MappingRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (!updating && row != null && now != null && now != row.field()) {
                    viewModel.setField(row.column(), now);
                }
            });
        }

        @Override
        protected void updateItem(RosterField field, boolean empty) {
            super.updateItem(field, empty);
            updating = true;
            try {
                box.setValue(field);
            } finally {
                updating = false;
            }
            setGraphic(empty ? null : box);
            setText(null);
        }
    }
}
