package org.nineones.ui.records;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.nineones.model.Messages;
import org.nineones.model.RecordTime;
import org.nineones.model.acceptance.NineItem;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordAttachment;
import org.nineones.model.records.RecordDraft;
import org.nineones.model.records.RecordFilter;
import org.nineones.model.records.RecordKind;
import org.nineones.service.attachments.AttachmentFile;
import org.nineones.service.records.DutyRecordService;
import org.nineones.service.records.RecordChoices;
import org.nineones.store.Workspace;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.FileFilter;
import org.nineones.ui.common.TaskRunner;

/**
 * The 专档记录 screen's state and actions: the records filtered by kind, item, days and a search text; the selected
 * record; add, correct, withdraw; open a file with the system's viewer, export one file or all of a record's.
 * Every read and write runs through the task runner.
 */
public final class RecordsViewModel {

    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final DutyRecordService service;
    private final Workspace workspace;

    private final ObjectProperty<RecordKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<NineItem> item = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty count = new SimpleStringProperty("");
    private final ObservableList<DutyRecord> records = FXCollections.observableArrayList();
    /** Counts reloads, so a slower earlier one never overwrites a later one. */
    private long generation;

    public RecordsViewModel(Messages messages, TaskRunner tasks, DialogService dialogs, DutyRecordService service,
                            Workspace workspace) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.service = service;
        this.workspace = workspace;
    }

    public ObjectProperty<RecordKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<NineItem> itemProperty() {
        return item;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public StringProperty countProperty() {
        return count;
    }

    public ObservableList<DutyRecord> records() {
        return records;
    }

    public Messages messages() {
        return messages;
    }

    public DutyRecordService service() {
        return service;
    }

    /** Reads the records the filters accept. */
    public void reload() {
        RecordFilter filter = new RecordFilter(kind.get(), item.get(), from.get(), to.get(), search.get());
        long asked = ++generation;
        tasks.run(messages.get("records.ui.loading"), progress -> service.list(workspace, filter), loaded -> {
            if (asked != generation) {
                return;
            }
            records.setAll(loaded);
            count.set(messages.get("records.ui.count", loaded.size()));
        });
    }

    /** Reads the people and org units a record may name, then hands them to {@code then}. */
    public void choices(Consumer<RecordChoices> then) {
        tasks.run(messages.get("records.ui.loading"), progress -> service.choices(workspace), then);
    }

    public void add(RecordDraft draft, Consumer<DutyRecord> then) {
        tasks.run(messages.get("records.ui.add"), progress -> service.add(workspace, draft), saved -> {
            reload();
            then.accept(saved);
        });
    }

    public void correct(DutyRecord record, RecordDraft draft, String reason) {
        tasks.run(messages.get("records.ui.correct"), progress -> service.correct(workspace, record.id(), draft,
                reason), saved -> reload());
    }

    /** Asks for the reason, then withdraws the record (a correction that voids it). */
    public void withdraw(DutyRecord record) {
        dialogs.askText(messages.get("records.ui.withdraw"), messages.get("records.ui.withdrawReason",
                record.title()), "").ifPresent(reason -> tasks.run(messages.get("records.ui.withdraw"),
                progress -> service.withdraw(workspace, record.id(), reason), saved -> reload()));
    }

    /** Opens a copy of the file with the program the system uses for its kind. */
    public void open(RecordAttachment file) {
        tasks.run(messages.get("records.ui.open"), progress -> service.files().openableCopy(workspace, file),
                dialogs::openFile);
    }

    /** Asks where, then writes the file there as it was recorded. */
    public void export(RecordAttachment file) {
        String title = messages.get("records.ui.exportOne");
        dialogs.chooseOutputFile(messages, title, null, file.fileName(), new FileFilter(file.fileName(), "*.*"),
                workspace.file()).ifPresent(target -> tasks.run(title, progress -> {
                    service.files().export(workspace, file, target);
                    return target;
                }, written -> dialogs.showInfo(title, messages.get("records.ui.exported", 1, written.getParent()))));
    }

    /** Asks for a folder, then writes every file of the record into it. */
    public void exportAll(DutyRecord record) {
        String title = messages.get("records.ui.exportAll");
        dialogs.chooseFolder(title).ifPresent(folder -> tasks.run(title,
                progress -> service.files().exportAll(workspace, record, folder),
                written -> dialogs.showInfo(title, messages.get("records.ui.exported", written.size(), folder))));
    }

    /** Asks for files to attach (images, PDF, Office files, text). */
    public List<Path> chooseFiles() {
        return dialogs.chooseFilesToOpen(messages.get("records.ui.chooseFiles"),
                new FileFilter(messages.get("records.ui.fileTypes"), service.filePatterns()));
    }

    /** The lines of the details pane for a record: what, when, who, and its place in the chain of corrections. */
    public String details(DutyRecord r) {
        if (r == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        s.append(messages.get("records.ui.detailsHead", String.valueOf(r.id()), messages.of(r.kind()), r.title(),
                r.date().toString(), service.itemName(r.item()), messages.of(r.status())));
        if (!r.orgUnitPath().isEmpty()) {
            s.append('\n').append(messages.get("records.ui.detailsUnit", r.orgUnitPath()));
        }
        if (!r.people().isEmpty()) {
            s.append('\n').append(messages.get("records.ui.detailsPeople", r.people().stream()
                    .map(p -> p.employeeNumber().isEmpty() ? p.name() : p.name() + "（" + p.employeeNumber() + "）")
                    .collect(Collectors.joining("、"))));
        }
        if (!r.note().isEmpty()) {
            s.append('\n').append(messages.get("records.ui.detailsNote", r.note()));
        }
        if (r.correctsId() != null) {
            s.append('\n').append(messages.get(r.voided() ? "records.ui.detailsWithdraws" : "records.ui.detailsCorrects",
                    String.valueOf(r.correctsId()), r.correctionReason()));
        }
        if (r.correctedById() != null) {
            s.append('\n').append(messages.get("records.ui.detailsCorrectedBy", String.valueOf(r.correctedById())));
        }
        s.append('\n').append(messages.get("records.ui.detailsRecorded", r.recordedBy(), RecordTime.local(r.recordedAt())));
        return s.toString();
    }

    /** A file as the details list shows it: name, size, the start of its SHA-256. */
    public String fileLabel(RecordAttachment a) {
        return a.fileName() + "  (" + AttachmentFile.sizeText(a.size()) + ", SHA-256 " + a.sha256().substring(0, 12)
                + "…)";
    }

    /** The state column: 有效, or 已更正 → #n, or 更正 #n, or 撤销 #n. */
    public String state(DutyRecord r) {
        return state(messages, r);
    }

    /** Where a record stands in its chain of corrections, in words (also for the inspector's read-only list). */
    public static String state(Messages messages, DutyRecord r) {
        if (r.correctedById() != null) {
            return messages.get("records.ui.stateCorrectedBy", String.valueOf(r.correctedById()));
        }
        if (r.correctsId() != null) {
            return messages.get(r.voided() ? "records.ui.stateWithdraws" : "records.ui.stateCorrects",
                    String.valueOf(r.correctsId()));
        }
        return messages.of(r.status());
    }
}
