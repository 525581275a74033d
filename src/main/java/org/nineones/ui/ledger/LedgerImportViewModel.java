package org.nineones.ui.ledger;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.Messages;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerPreview;
import org.nineones.ui.common.ImportPreview;

/**
 * The preview of a ledger import: what the file would write, the invalid rows, and whether the user may import (no
 * invalid rows, or the choice to leave them out, and something to write).
 */
public final class LedgerImportViewModel implements ImportPreview {

    private final Messages messages;
    private final LedgerPreview preview;
    private final String ledgerName;
    private final ObservableList<RowProblem> errors;
    private final ObservableList<String> toWrite;
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty();
    private final BooleanBinding canImport;

    public LedgerImportViewModel(Messages messages, LedgerPreview preview, String ledgerName) {
        this.messages = messages;
        this.preview = preview;
        this.ledgerName = ledgerName;
        this.errors = FXCollections.observableArrayList(preview.errors());
        this.toWrite = FXCollections.observableArrayList(preview.willWrite());
        this.canImport = Bindings.createBooleanBinding(() -> (!preview.hasErrors() || skipInvalid.get())
                && preview.toWrite() > 0, skipInvalid);
    }

    /** One sentence: the ledger, the sheet, its header row, the counts. */
    @Override
    public String summary() {
        return messages.get("ledger.cli.summary", ledgerName, preview.sheetName(), preview.headerRowNumber(),
                preview.rows(), preview.invalidRows(), preview.toWrite());
    }

    @Override
    public String problem() {
        if (preview.hasErrors() && !skipInvalid.get()) {
            return messages.get("ledger.ui.stopped", preview.invalidRows());
        }
        if (preview.toWrite() == 0) {
            return messages.get("ledger.ui.nothingToWrite");
        }
        return "";
    }

    public String doneMessage(LedgerImportResult result) {
        return messages.get("ledger.cli.imported", ledgerName, result.written(), result.skippedRows());
    }

    public LedgerPreview preview() {
        return preview;
    }

    @Override
    public boolean hasErrors() {
        return preview.hasErrors();
    }

    @Override
    public ObservableList<RowProblem> errors() {
        return errors;
    }

    @Override
    public ObservableList<String> lines() {
        return toWrite;
    }

    @Override
    public BooleanProperty skipInvalidProperty() {
        return skipInvalid;
    }

    @Override
    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
