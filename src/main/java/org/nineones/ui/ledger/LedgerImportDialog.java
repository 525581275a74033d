package org.nineones.ui.ledger;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.nineones.excel.content.RowProblem;
import org.nineones.model.Messages;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.EditDialog;

/**
 * The preview of a ledger import: counts, invalid rows (with an error report to save), the records that will be
 * written; 导入 once nothing stops it.
 */
final class LedgerImportDialog {

    @FXML private Label summaryLabel;
    @FXML private Label problemLabel;
    @FXML private TableView<RowProblem> errorTable;
    @FXML private TableColumn<RowProblem, Number> rowColumn;
    @FXML private TableColumn<RowProblem, String> columnColumn;
    @FXML private TableColumn<RowProblem, String> messageColumn;
    @FXML private CheckBox skipInvalidBox;
    @FXML private Button saveReportButton;
    @FXML private ListView<String> changeList;

    private final Messages messages;
    private final LedgerImportViewModel viewModel;
    private final Runnable saveReport;
    private final EditDialog dialog;

    LedgerImportDialog(AppContext context, LedgerImportViewModel viewModel, String title, Runnable saveReport) {
        this.messages = context.messages();
        this.viewModel = viewModel;
        this.saveReport = saveReport;
        Parent content = context.views().load(this);
        this.dialog = new EditDialog(context, title, content, viewModel.canImportProperty(), "importLedgerButton",
                skipInvalidBox, messages.get("exchange.ui.import"));
    }

    @FXML
    private void initialize() {
        summaryLabel.setText(viewModel.summary());
        problemLabel.setText(viewModel.problem());
        viewModel.skipInvalidProperty().addListener((obs, old, now) -> problemLabel.setText(viewModel.problem()));
        errorTable.setItems(viewModel.errors());
        errorTable.setPlaceholder(new Label(messages.get("exchange.ui.noErrors")));
        rowColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row()));
        columnColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column()));
        messageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        skipInvalidBox.selectedProperty().bindBidirectional(viewModel.skipInvalidProperty());
        skipInvalidBox.setDisable(!viewModel.hasErrors());
        saveReportButton.setDisable(!viewModel.hasErrors());
        changeList.setItems(viewModel.toWrite());
        changeList.setPlaceholder(new Label(messages.get("ledger.ui.nothingToWrite")));
    }

    @FXML
    private void onSaveReport() {
        saveReport.run();
    }

    /** True when the user chose 导入 and may. */
    boolean showAndWait() {
        return dialog.showAndWait() && viewModel.canImportProperty().get();
    }
}
