package org.nineones.ui.common;

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

/**
 * The preview of a spreadsheet import (post content, a ledger of people's records): counts, invalid rows (with an
 * error report to save), what would be written; 导入 once nothing stops it.
 */
public final class ImportPreviewDialog {

    /**
     * The texts and the id that differ between imports.
     *
     * @param importButtonId the 导入 button's id, for tests
     * @param linesTitle     the title above what would be written
     * @param skipInvalid    the check box that leaves the invalid rows out; null: the import takes all rows or none
     * @param noLines        shown when nothing would be written
     */
    public record Texts(String importButtonId, String linesTitle, String skipInvalid, String noLines) {
    }

    @FXML private Label summaryLabel;
    @FXML private Label problemLabel;
    @FXML private TableView<RowProblem> errorTable;
    @FXML private TableColumn<RowProblem, Number> rowColumn;
    @FXML private TableColumn<RowProblem, String> columnColumn;
    @FXML private TableColumn<RowProblem, String> messageColumn;
    @FXML private CheckBox skipInvalidBox;
    @FXML private Button saveReportButton;
    @FXML private Label linesTitle;
    @FXML private ListView<String> changeList;

    private final Messages messages;
    private final ImportPreview viewModel;
    private final Texts texts;
    private final Runnable saveReport;
    private final EditDialog dialog;

    public ImportPreviewDialog(AppContext context, ImportPreview viewModel, String title, Texts texts,
                               Runnable saveReport) {
        this.messages = context.messages();
        this.viewModel = viewModel;
        this.texts = texts;
        this.saveReport = saveReport;
        Parent content = context.views().load(this);
        this.dialog = new EditDialog(context, title, content, viewModel.canImportProperty(), texts.importButtonId(),
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
        skipInvalidBox.setText(texts.skipInvalid() == null ? "" : texts.skipInvalid());
        // an import that takes all rows or none has no such choice
        skipInvalidBox.setVisible(texts.skipInvalid() != null);
        skipInvalidBox.setManaged(texts.skipInvalid() != null);
        skipInvalidBox.selectedProperty().bindBidirectional(viewModel.skipInvalidProperty());
        skipInvalidBox.setDisable(!viewModel.hasErrors());
        saveReportButton.setDisable(!viewModel.hasErrors());
        linesTitle.setText(texts.linesTitle());
        changeList.setItems(viewModel.lines());
        changeList.setPlaceholder(new Label(texts.noLines()));
    }

    @FXML
    private void onSaveReport() {
        saveReport.run();
    }

    /** True when the user chose 导入 and may. */
    public boolean showAndWait() {
        return dialog.showAndWait() && viewModel.canImportProperty().get();
    }

    /** Writes an import's error report to a file. */
    @FunctionalInterface
    public interface ReportWriter {
        void write(java.nio.file.Path out) throws Exception;
    }

    /**
     * 保存错误报告: asks where (beside the source sheet, named after it; never over it), writes the report in the
     * background and says where it went. The one way every import saves its error report.
     */
    public static void saveErrorReport(AppContext context, java.nio.file.Path source, ReportWriter writer) {
        Messages messages = context.messages();
        String title = messages.get("exchange.ui.saveReport");
        String name = source.getFileName().toString().replaceFirst("\\.[^.]*$", "")
                + messages.get("exchange.ui.reportSuffix");
        context.dialogs().chooseOutputFile(messages, title, source.toAbsolutePath().getParent(), name,
                        new FileFilter(messages.get("ui.file.xlsxFilter"), "*.xlsx"), source)
                .ifPresent(out -> context.tasks().run(title, progress -> {
                    writer.write(out);
                    return out;
                }, written -> context.dialogs().showInfo(title, messages.get("exchange.ui.reportSaved", written))));
    }
}
