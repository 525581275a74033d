package org.nineones.ui.people;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;

import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;

/** The employee table (人员名册) with search as you type, masked ID numbers and the edit dialog. */
public final class EmployeesView {

    @FXML private javafx.scene.layout.VBox employeesView;
    @FXML private TextField searchField;
    @FXML private CheckBox revealIdsBox;
    @FXML private Label countLabel;
    @FXML private Button addPersonButton;
    @FXML private Button editPersonButton;
    @FXML private Button deletePersonButton;
    @FXML private TableView<EmployeeRow> employeeTable;
    @FXML private TableColumn<EmployeeRow, String> nameColumn;
    @FXML private TableColumn<EmployeeRow, String> genderColumn;
    @FXML private TableColumn<EmployeeRow, String> idColumn;
    @FXML private TableColumn<EmployeeRow, String> numberColumn;
    @FXML private TableColumn<EmployeeRow, String> orgUnitColumn;
    @FXML private TableColumn<EmployeeRow, String> postColumn;
    @FXML private TableColumn<EmployeeRow, String> hireDateColumn;
    @FXML private TableColumn<EmployeeRow, String> statusColumn;
    @FXML private TableColumn<EmployeeRow, String> certificateColumn;
    @FXML private TableColumn<EmployeeRow, String> expiryColumn;

    private final AppContext context;
    private final Messages messages;
    private final EmployeesViewModel viewModel;
    private final Consumer<Path> importFile;
    private final Parent root;

    /** {@code importFile} receives a spreadsheet dropped onto the table. */
    public EmployeesView(AppContext context, Workspace workspace, Consumer<Path> importFile) {
        this.context = context;
        this.messages = context.messages();
        this.importFile = importFile;
        this.viewModel = new EmployeesViewModel(messages, context.tasks(), context.dialogs(),
                context.services().people(), workspace);
        this.root = context.views().load(this);
        viewModel.load();
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        revealIdsBox.selectedProperty().bindBidirectional(viewModel.revealIdsProperty());
        viewModel.revealIdsProperty().addListener((obs, old, now) -> employeeTable.refresh());
        countLabel.textProperty().bind(viewModel.countTextProperty());
        ChineseCollation collation = new ChineseCollation();
        column(nameColumn, EmployeeRow::name, collation);
        column(genderColumn, EmployeeRow::gender, collation);
        column(idColumn, viewModel::idText, null);
        column(numberColumn, EmployeeRow::employeeNumber, null);
        column(orgUnitColumn, EmployeeRow::orgUnit, collation);
        column(postColumn, EmployeeRow::post, collation);
        column(hireDateColumn, EmployeeRow::hireDate, null);
        column(statusColumn, EmployeeRow::status, collation);
        column(certificateColumn, EmployeeRow::certificateNumber, null);
        column(expiryColumn, EmployeeRow::certificateExpiry, null);
        employeeTable.setItems(viewModel.shown());
        employeeTable.setSortPolicy(table -> {
            viewModel.sort(table.getComparator());
            return true;
        });
        employeeTable.getSortOrder().add(nameColumn);
        employeeTable.setPlaceholder(new Label(messages.get("ui.people.empty")));
        employeeTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (viewModel.selectedProperty().get() != now) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                employeeTable.getSelectionModel().clearSelection();
            } else if (employeeTable.getSelectionModel().getSelectedItem() != now) {
                employeeTable.getSelectionModel().select(now);
                employeeTable.scrollTo(now);
            }
        });
        editPersonButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        deletePersonButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        employeeTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                viewModel.deleteSelected();
            } else if (e.getCode() == KeyCode.ENTER) {
                onEditPerson();
            }
        });
        employeeTable.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onEditPerson();
            }
        });
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
            } else if (e.getCode() == KeyCode.DOWN && !employeeTable.getItems().isEmpty()) {
                employeeTable.requestFocus();
                employeeTable.getSelectionModel().selectFirst();
            }
        });
        employeesView.setOnDragOver(this::onDragOver);
        employeesView.setOnDragDropped(this::onDragDropped);
    }

    private void column(TableColumn<EmployeeRow, String> column, Function<EmployeeRow, String> text,
                        java.util.Comparator<String> comparator) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        if (comparator != null) {
            column.setComparator(comparator);
        }
    }

    private static boolean isSpreadsheet(Path file) {
        return org.nineones.ui.roster.RosterImportAction.accepts(file);
    }

    private void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream()
                .anyMatch(f -> isSpreadsheet(f.toPath()))) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void onDragDropped(DragEvent e) {
        List<Path> files = e.getDragboard().hasFiles()
                ? e.getDragboard().getFiles().stream().map(java.io.File::toPath).filter(EmployeesView::isSpreadsheet).toList()
                : List.of();
        e.setDropCompleted(!files.isEmpty());
        e.consume();
        if (!files.isEmpty()) {
            importFile.accept(files.get(0));
        }
    }

    @FXML
    private void onAddPerson() {
        Employee employee = new EmployeeDialog(context, null, viewModel.units(), viewModel.posts()).showAndWait();
        if (employee != null) {
            viewModel.save(employee);
        }
    }

    @FXML
    private void onEditPerson() {
        EmployeeRow row = viewModel.selectedProperty().get();
        if (row != null) {
            Employee employee = new EmployeeDialog(context, row.employee(), viewModel.units(), viewModel.posts())
                    .showAndWait();
            if (employee != null) {
                viewModel.save(employee);
            }
        }
    }

    @FXML
    private void onDeletePerson() {
        viewModel.deleteSelected();
    }

    /** Ctrl+F: put the cursor in the search field. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** Reloads the table (after an import). */
    public void reload() {
        viewModel.load();
    }

    public Parent view() {
        return root;
    }
}
