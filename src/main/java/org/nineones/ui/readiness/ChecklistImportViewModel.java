package org.nineones.ui.readiness;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.excel.content.RowProblem;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Points;
import org.nineones.service.acceptance.checklist.ChecklistSheetPreview;

/**
 * The preview of a county's checklist sheet: its name and version, every line it would store, the row errors and
 * the errors of the template as a whole. A checklist is imported whole or not at all: any error stops it.
 */
final class ChecklistImportViewModel implements org.nineones.ui.common.ImportPreview {

    private final Messages messages;
    private final ChecklistSheetPreview preview;
    private final ObservableList<RowProblem> errors;
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    private final BooleanBinding canImport;

    ChecklistImportViewModel(Messages messages, ChecklistSheetPreview preview) {
        this.messages = messages;
        this.preview = preview;
        this.errors = FXCollections.observableArrayList(preview.errors());
        ChecklistTemplate template = preview.template();
        if (template != null) {
            for (ChecklistLine line : template.lines()) {
                lines.add(messages.get("prepare.import.line", line.id(), messages.get("records.item." + line.item()),
                        line.points() == null ? messages.get("prepare.tile.noPoints") : Points.text(line.points()),
                        line.criterion()));
            }
        }
        this.canImport = Bindings.createBooleanBinding(() -> !preview.hasErrors() && template != null);
    }

    ChecklistSheetPreview preview() {
        return preview;
    }

    @Override
    public String summary() {
        ChecklistTemplate t = preview.template();
        String head = t == null ? messages.get("prepare.import.summaryInvalid", preview.file().getFileName(),
                preview.invalidRows())
                : messages.get("prepare.import.summary", t.name(), t.version(), t.lines().size(),
                Points.text(t.totalPoints()));
        return preview.warnings().isEmpty() ? head : head + "\n" + String.join("\n", preview.warnings());
    }

    @Override
    public String problem() {
        if (!preview.templateErrors().isEmpty()) {
            return String.join("\n", preview.templateErrors());
        }
        return preview.hasErrors() ? messages.get("prepare.import.stopped", preview.invalidRows()) : "";
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
        return lines;
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
