package org.nineones.ui.training;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.nineones.excel.content.RowProblem;
import org.nineones.model.Messages;
import org.nineones.service.ledger.LedgerPreview;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.EditDialog;

/**
 * The preview of a sign-in sheet (or training ledger) import: counts, the rows in error with their messages (and an
 * error report to save), the first records that would be written; 导入 once nothing stops it.
 */
final class AttendanceImportDialog {

    static final int SHOWN = 1000;

    private final SimpleBooleanProperty skip = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty canImport = new SimpleBooleanProperty();
    private final LedgerPreview preview;
    private final EditDialog dialog;

    AttendanceImportDialog(AppContext context, String title, LedgerPreview preview, Runnable saveReport) {
        Messages messages = context.messages();
        this.preview = preview;
        Label summary = new Label(messages.get("training.ui.importSummary", preview.rows(), preview.toWrite(),
                preview.invalidRows()));
        summary.setId("importSummary");
        summary.setWrapText(true);
        TableView<RowProblem> errors = new TableView<>();
        errors.setId("importErrors");
        errors.getItems().setAll(preview.errors());
        errors.setPlaceholder(new Label(messages.get("training.ui.noErrors")));
        TableColumn<RowProblem, Number> row = new TableColumn<>(messages.get("training.ui.row"));
        row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row()));
        row.setPrefWidth(60);
        TableColumn<RowProblem, String> column = new TableColumn<>(messages.get("training.ui.column"));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column()));
        column.setPrefWidth(90);
        TableColumn<RowProblem, String> message = new TableColumn<>(messages.get("training.ui.message"));
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        message.setPrefWidth(460);
        errors.getColumns().setAll(java.util.List.of(row, column, message));
        errors.setPrefHeight(220);
        ListView<String> writes = new ListView<>();
        writes.setId("importWrites");
        writes.getItems().setAll(preview.willWrite().stream().limit(SHOWN).toList());
        writes.setPrefHeight(180);
        CheckBox skipBox = new CheckBox(messages.get("training.ui.skipInvalid"));
        skipBox.setId("importSkipInvalid");
        skipBox.selectedProperty().bindBidirectional(skip);
        skipBox.setDisable(!preview.hasErrors());
        Button report = new Button(messages.get("training.ui.saveReport"));
        report.setId("importSaveReport");
        report.setDisable(!preview.hasErrors());
        report.setOnAction(e -> saveReport.run());
        canImport.bind(skip.or(new SimpleBooleanProperty(!preview.hasErrors())).and(
                new SimpleBooleanProperty(preview.toWrite() > 0)));
        VBox box = new VBox(8, summary, errors, new HBox(8, skipBox, report),
                new Label(messages.get("training.ui.willWrite")), writes);
        box.setPrefWidth(680);
        dialog = new EditDialog(context, title, box, canImport, "importOkButton", skipBox,
                messages.get("training.ui.import"));
    }

    boolean skipInvalid() {
        return skip.get();
    }

    /** True when the user chose 导入 and may. */
    boolean showAndWait() {
        return dialog.showAndWait() && canImport.get();
    }

    LedgerPreview preview() {
        return preview;
    }
}
