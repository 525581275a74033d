package org.nineones.ui.exchange;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.excel.content.RowProblem;
import org.nineones.model.Messages;
import org.nineones.service.exchange.ExchangePreview;
import org.nineones.service.exchange.ExchangeResult;
import org.nineones.service.exchange.PostChange;
import org.nineones.ui.common.ImportPreview;

/**
 * The preview of a post content import: what the file would change, the invalid rows, and whether the user may
 * import (no invalid rows, or the choice to leave out the posts that have them).
 */
public final class ContentImportViewModel implements ImportPreview {

    private final Messages messages;
    private final ExchangePreview preview;
    private final String kindName;
    private final ObservableList<RowProblem> errors;
    private final ObservableList<String> changes;
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty();
    private final BooleanBinding canImport;

    public ContentImportViewModel(Messages messages, ExchangePreview preview, String kindName) {
        this.messages = messages;
        this.preview = preview;
        this.kindName = kindName;
        this.errors = FXCollections.observableArrayList(preview.errors());
        this.changes = FXCollections.observableArrayList(preview.changes().stream().map(this::describe).toList());
        this.canImport = Bindings.createBooleanBinding(() -> (!preview.hasErrors() || skipInvalid.get())
                && !preview.changes().isEmpty(), skipInvalid);
    }

    private String describe(PostChange change) {
        if (change.baseNumber() == 0) {
            return messages.get("exchange.ui.newDraft", change.label());
        }
        return messages.get(change.baseDraft() ? "exchange.ui.updateDraft" : "exchange.ui.draftOverApproved",
                change.label(), change.baseNumber());
    }

    @Override
    public String summary() {
        return messages.get("exchange.ui.summary", kindName, preview.sheet().table().sheetName(),
                preview.sheet().table().headerRowNumber(), preview.rows(), preview.invalidRows(),
                preview.changes().size(), preview.unchanged(), preview.invalidPosts());
    }

    @Override
    public String problem() {
        if (preview.hasErrors() && !skipInvalid.get()) {
            return messages.get("exchange.ui.stopped", preview.invalidRows());
        }
        if (preview.changes().isEmpty()) {
            return messages.get("exchange.ui.nothingToImport");
        }
        return "";
    }

    public String doneMessage(ExchangeResult result) {
        return messages.get("exchange.cli.imported", result.newDrafts(), result.updatedDrafts(), result.unchanged(),
                result.skippedPosts());
    }

    public ExchangePreview preview() {
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
        return changes;
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
