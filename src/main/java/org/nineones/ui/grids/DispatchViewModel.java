package org.nineones.ui.grids;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.model.Messages;
import org.nineones.model.grids.GridRules;
import org.nineones.service.grids.DispatchDraft;
import org.nineones.service.grids.DispatchService;
import org.nineones.store.Workspace;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.FileFilter;
import org.nineones.ui.common.TaskRunner;

/**
 * 网格调度: the chosen month's reports and the areas that did not report, with the actions — record one area's
 * report, import the inspectors' sheet, save the month's blank sheet, open a report's photos. Every read and write
 * runs through the task runner; a refusal is shown as its sentence; after a change the workspace's screens are told
 * ({@code changed}: the problem list gains problems).
 */
public final class DispatchViewModel {

    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final DispatchService service;
    private final Workspace workspace;
    private final Runnable changed;
    private final ObjectProperty<YearMonth> month;
    private final ObservableList<DispatchService.ReportLine> reports = FXCollections.observableArrayList();
    private final ObservableList<String> notReported = FXCollections.observableArrayList();
    private final StringProperty count = new SimpleStringProperty("");
    private long generation;

    public DispatchViewModel(Messages messages, TaskRunner tasks, DialogService dialogs, DispatchService service,
                             Workspace workspace, Runnable changed) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.service = service;
        this.workspace = workspace;
        this.changed = changed;
        this.month = new SimpleObjectProperty<>(YearMonth.from(service.today()));
        month.addListener((obs, old, now) -> reload());
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<DispatchService.ReportLine> reports() {
        return reports;
    }

    public ObservableList<String> notReported() {
        return notReported;
    }

    public StringProperty countProperty() {
        return count;
    }

    /** The months offered: this one and the eleven before it. */
    public List<YearMonth> months() {
        YearMonth now = YearMonth.from(service.today());
        return java.util.stream.IntStream.range(0, 12).mapToObj(now::minusMonths).toList();
    }

    public LocalDate today() {
        return service.today();
    }

    /** Reads the chosen month. */
    public void reload() {
        long asked = ++generation;
        YearMonth shown = month.get();
        tasks.run(messages.get("dispatch.ui.loading"), progress -> service.overview(workspace, shown, today()),
                overview -> {
                    if (asked != generation) {
                        return;
                    }
                    reports.setAll(overview.reports());
                    notReported.setAll(overview.notReported().stream().map(GridRules::belowRoot).toList());
                    count.set(messages.get("dispatch.ui.count", overview.reported(), overview.expected(),
                            overview.found(), overview.closed(), overview.overdue()));
                });
    }

    /** Reads the areas a report may be for, then hands them to {@code then} (on the FX thread). */
    public void areas(Consumer<List<DispatchService.AreaChoice>> then) {
        tasks.run(messages.get("dispatch.ui.loading"), progress -> service.areas(workspace), then);
    }

    /** Records one area's report of the chosen month. */
    public void record(DispatchDraft draft) {
        tasks.run(messages.get("dispatch.ui.record"), progress -> service.record(workspace, draft), r -> done());
    }

    /** Asks for the inspectors' sheet and imports it for the chosen month, saying what it did. */
    public void importSheet() {
        String title = messages.get("dispatch.ui.import");
        YearMonth chosen = month.get();
        dialogs.chooseFileToOpen(title, new FileFilter(messages.get("dispatch.ui.sheetFilter"), "*.xlsx", "*.xls"))
                .ifPresent(file -> tasks.run(title, progress -> service.importSheet(workspace, chosen, file),
                        result -> {
                            done();
                            dialogs.showInfo(title, messages.get("dispatch.cli.imported", chosen.toString(),
                                    result.reports(), result.problems()));
                        }));
    }

    /**
     * 空白调度表…: writes the chosen month's sheet for the grid inspectors (the one {@code nineones dispatch template}
     * writes) where the user says — never over the workspace — and says where it went.
     */
    public void saveTemplate() {
        String title = messages.get("dispatch.ui.template");
        YearMonth chosen = month.get();
        dialogs.chooseOutputFile(messages, title, workspace.file().toAbsolutePath().getParent(),
                        messages.get("dispatch.ui.templateFile", chosen.toString()),
                        new FileFilter(messages.get("dispatch.ui.sheetFilter"), "*.xlsx"), workspace.file())
                .ifPresent(out -> tasks.run(title, progress -> service.writeTemplate(workspace, chosen, out),
                        rows -> dialogs.showInfo(title, messages.get("dispatch.cli.template", chosen.toString(), rows,
                                out.toAbsolutePath()))));
    }

    /** 查看照片: each photo of the report opened with the system's viewer as a read-only temporary copy. */
    public void openPhotos(DispatchService.ReportLine line) {
        tasks.run(messages.get("dispatch.ui.openPhotos"), progress -> service.openablePhotos(workspace,
                line.report()), copies -> copies.forEach(dialogs::openFile));
    }

    /** How many photos a report has, as the table shows it (blank for none). */
    public String photos(DispatchService.ReportLine line) {
        int n = line.report().photoIds().size();
        return n == 0 ? "" : messages.get("dispatch.ui.photoCount", n);
    }

    private void done() {
        changed.run();
        reload();
    }

    /** Where a report stands, as the table shows it. */
    public String state(DispatchService.ReportLine line) {
        if (line.problem() == null) {
            return messages.get("dispatch.print.settled");
        }
        return messages.get("dispatch.print.problem", String.valueOf(line.problem().problem().id()),
                messages.of(line.problem().state()));
    }
}
