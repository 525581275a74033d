package org.nineones.ui.roster;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.excel.CellValues;
import org.nineones.excel.ColumnMapping;
import org.nineones.excel.RosterField;
import org.nineones.excel.RosterSheet;
import org.nineones.excel.SheetRow;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.model.TextNormaliser;
import org.nineones.service.roster.ImportException;
import org.nineones.service.roster.ImportResult;
import org.nineones.service.roster.RosterImportService;
import org.nineones.service.roster.RosterPreview;
import org.nineones.service.roster.RowError;
import org.nineones.service.roster.UnusedColumn;
import org.nineones.store.Workspace;
import org.nineones.ui.common.TaskRunner;

/**
 * The roster import dialog's state: the sheet read, the column mapping the user may correct, the preview (counts,
 * new org units and posts, invalid rows), and whether invalid rows are skipped. Re-previews run as tasks.
 */
public final class RosterImportViewModel {

    /** A preview, or the sentence that says why there is none (e.g. no name column mapped). */
    public record Outcome(RosterSheet sheet, ColumnMapping mapping, RosterPreview preview, String problem) {
    }

    private final Messages messages;
    private final TaskRunner tasks;
    private final RosterImportService service;
    private final Workspace workspace;

    private final ObjectProperty<RosterSheet> sheet = new SimpleObjectProperty<>();
    private final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>();
    private final ObjectProperty<RosterPreview> preview = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    private final ObservableList<MappingRow> mappingRows = FXCollections.observableArrayList();
    private final ObservableList<String> sheetNames = FXCollections.observableArrayList();
    private final ObservableList<String> newOrgUnits = FXCollections.observableArrayList();
    private final ObservableList<String> newPosts = FXCollections.observableArrayList();
    private final ObservableList<RowError> errors = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final StringProperty unused = new SimpleStringProperty("");
    private final IntegerProperty blockingColumn = new SimpleIntegerProperty(-1);
    private final StringBinding summary;
    private final BooleanBinding canImport;

    public RosterImportViewModel(Messages messages, TaskRunner tasks, RosterImportService service,
                                 Workspace workspace, Outcome first) {
        this.messages = messages;
        this.tasks = tasks;
        this.service = service;
        this.workspace = workspace;
        summary = Bindings.createStringBinding(this::summaryText, preview, sheet);
        canImport = Bindings.createBooleanBinding(() -> {
            RosterPreview p = preview.get();
            return p != null && p.valid() > 0 && p.blocking().isEmpty() && (!p.hasErrors() || skipInvalid.get());
        }, preview, skipInvalid);
        show(first);
    }

    /** Reads the file and previews it with the automatic mapping (run inside a task). */
    public static Outcome readAndPreview(RosterImportService service, Workspace workspace, Path file, String sheetName,
                                         org.nineones.service.Progress progress) throws ImportException {
        RosterSheet sheet = service.read(file, sheetName, progress);
        return previewOf(service, workspace, sheet, sheet.automaticMapping());
    }

    private static Outcome previewOf(RosterImportService service, Workspace workspace, RosterSheet sheet,
                                     ColumnMapping mapping) {
        try {
            return new Outcome(sheet, mapping, service.preview(workspace, sheet, mapping), "");
        } catch (ImportException e) {
            return new Outcome(sheet, mapping, null, e.getMessage());
        }
    }

    private void show(Outcome outcome) {
        sheet.set(outcome.sheet());
        sheetNames.setAll(outcome.sheet().sheetNames());
        mapping.set(outcome.mapping());
        preview.set(outcome.preview());
        RosterPreview p = outcome.preview();
        List<UnusedColumn> blocking = p == null ? List.of() : p.blocking();
        problem.set(!outcome.problem().isEmpty() || blocking.isEmpty() ? outcome.problem() : blocking.get(0).note());
        Map<Integer, UnusedColumn> unusedByColumn = new HashMap<>();
        if (p != null) {
            p.unusedColumns().forEach(u -> unusedByColumn.put(u.column(), u));
        }
        List<MappingRow> rows = new ArrayList<>();
        List<String> headers = outcome.sheet().headers();
        SheetRow example = outcome.sheet().rows().isEmpty() ? null : outcome.sheet().rows().get(0);
        for (int i = 0; i < headers.size(); i++) {
            rows.add(new MappingRow(i, headers.get(i), example == null ? "" : masked(text(example.cell(i))),
                    outcome.mapping().fieldOf(i), shortNote(unusedByColumn.get(i))));
        }
        mappingRows.setAll(rows);
        newOrgUnits.setAll(p == null ? List.of() : p.newOrgUnits());
        newPosts.setAll(p == null ? List.of() : p.newPosts());
        errors.setAll(p == null ? List.of() : p.errors());
        List<String> allNotes = new ArrayList<>();
        if (p != null) {
            allNotes.addAll(p.notes());
            p.warnings().forEach(w -> allNotes.add(messages.get("roster.ui.warning", w.row(), w.column(), w.message())));
        }
        notes.setAll(allNotes);
        unused.set(p == null || p.unusedColumns().isEmpty() ? "" : messages.get("roster.ui.unused",
                String.join("、", p.unusedColumns().stream().map(u -> u.header().isBlank()
                        ? messages.get("roster.column.noHeader") : u.header()).toList())));
        blockingColumn.set(blocking.isEmpty() ? -1 : blocking.get(0).column());
    }

    /** The mapping table's note for a column: empty when it is imported. */
    private String shortNote(UnusedColumn u) {
        if (u == null) {
            return "";
        }
        return switch (u.why()) {
            case IGNORED -> messages.get("roster.ui.note.ignored");
            case EMPTY_TWIN -> messages.get("roster.ui.note.emptyTwin", u.twin() + 1);
            case TWIN -> messages.get("roster.ui.note.twin", u.twin() + 1);
            case ORG_OR_POST -> messages.get("roster.ui.note.blocking");
            case UNKNOWN -> u.suggestion() == null ? messages.get("roster.ui.note.unknown")
                    : messages.get("roster.ui.note.suggestion", fieldText(u.suggestion()));
        };
    }

    /** An example value that is an ID number (in full-width digits too) is shown masked, like everywhere else. */
    static String masked(String text) {
        String clean = CellValues.cleanText(text);
        return IdNumber.check(clean).valid() ? IdNumber.mask(TextNormaliser.strip(clean)) : text;
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof LocalDateTime time) {
            return time.toLocalDate().toString();
        }
        if (cell instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return cell.toString();
    }

    private String summaryText() {
        RosterSheet s = sheet.get();
        RosterPreview p = preview.get();
        if (s == null) {
            return "";
        }
        if (p == null) {
            return messages.get("ui.roster.sheetInfo", s.sheetName(), s.headerRowNumber());
        }
        return messages.get("ui.roster.summary", s.sheetName(), s.headerRowNumber(), p.rows(), p.valid(),
                p.newPeople(), p.updatedPeople(), p.invalid(), p.skipped());
    }

    /** The user corrected one column: preview again with the new mapping. */
    public void setField(int column, RosterField field) {
        ColumnMapping changed = mapping.get().with(column, field);
        RosterSheet current = sheet.get();
        tasks.run(messages.get("ui.roster.previewTask"), progress -> previewOf(service, workspace, current, changed),
                this::show);
    }

    /** The user says the column that stops the import (it looks like org units or posts) is to be left out. */
    public void ignoreBlockingColumn() {
        int column = blockingColumn.get();
        if (column < 0) {
            return;
        }
        ColumnMapping changed = mapping.get().ignoring(column);
        RosterSheet current = sheet.get();
        tasks.run(messages.get("ui.roster.previewTask"), progress -> previewOf(service, workspace, current, changed),
                this::show);
    }

    /** The user chose another sheet of the workbook: read it and preview it. */
    public void chooseSheet(String name) {
        RosterSheet current = sheet.get();
        if (name == null || name.equals(current.sheetName())) {
            return;
        }
        tasks.run(messages.get("ui.roster.readTask"),
                progress -> readAndPreview(service, workspace, current.file(), name, progress), this::show);
    }

    /** Writes the invalid rows with the offending cells highlighted. */
    public void writeErrorReport(Path out, Runnable done) {
        RosterSheet s = sheet.get();
        RosterPreview p = preview.get();
        tasks.run(messages.get("ui.roster.reportTask"), progress -> {
            service.writeErrorReport(s, p, out);
            return out;
        }, written -> done.run());
    }

    /** Imports the valid rows in one transaction; {@code done} gets what was written. */
    public void commit(java.util.function.Consumer<ImportResult> done) {
        RosterPreview p = preview.get();
        boolean skip = skipInvalid.get();
        tasks.run(messages.get("ui.roster.commitTask"), progress -> service.commit(workspace, p, skip, progress), done);
    }

    public String fieldText(RosterField field) {
        return messages.get("roster.field." + field.key());
    }

    public ObjectProperty<RosterSheet> sheetProperty() {
        return sheet;
    }

    public ObjectProperty<RosterPreview> previewProperty() {
        return preview;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty skipInvalidProperty() {
        return skipInvalid;
    }

    public ObservableList<MappingRow> mappingRows() {
        return mappingRows;
    }

    public ObservableList<String> sheetNames() {
        return sheetNames;
    }

    public ObservableList<String> newOrgUnits() {
        return newOrgUnits;
    }

    public ObservableList<String> newPosts() {
        return newPosts;
    }

    public ObservableList<RowError> errors() {
        return errors;
    }

    /** The preview's notes: columns not imported and why, a two-row header, dates stored differently. */
    public ObservableList<String> notes() {
        return notes;
    }

    /** "不导入的列：…", or empty when every column is imported. */
    public StringProperty unusedProperty() {
        return unused;
    }

    /** The 0-based column that stops the import until it is mapped or ignored, or -1. */
    public IntegerProperty blockingColumnProperty() {
        return blockingColumn;
    }

    public StringBinding summaryProperty() {
        return summary;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
