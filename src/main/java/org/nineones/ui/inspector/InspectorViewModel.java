package org.nineones.ui.inspector;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.model.inspection.Inspection;
import org.nineones.service.acceptance.RecomputedRecords;
import org.nineones.service.inspection.InspectionService;
import org.nineones.store.InspectionFile;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inspector's window: the inspection file open, its inspections, the one chosen and the enterprise's records of
 * it (a temporary read-only workspace rebuilt from the package's records, closed when another is chosen). Opening,
 * creating and reading run as tasks; refusals come back as their sentences through the task runner.
 */
public final class InspectorViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(InspectorViewModel.class);

    /** The enterprise's records of one inspection, as shown. */
    public record Shown(Inspection inspection, RecomputedRecords.Loaded records) {
    }

    private final Services services;
    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<InspectionFile> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ObservableList<Inspection> inspections = FXCollections.observableArrayList();
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>(this, "shown");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();

    public InspectorViewModel(AppContext context) {
        this.services = context.services();
        this.messages = context.messages();
        this.tasks = context.tasks();
        this.dialogs = context.dialogs();
        refreshRecentFiles();
    }

    public ReadOnlyObjectProperty<InspectionFile> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public InspectionFile file() {
        return file.get();
    }

    public ObservableList<Inspection> inspections() {
        return inspections;
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown;
    }

    /** The inspection files used last, newest first. */
    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** Creates a new inspection file and opens it; {@code then} runs once it is open. */
    public void create(Path path, Runnable then) {
        tasks.run(messages.get("inspector.task.createFile"), progress -> {
            InspectionFile made = services.inspections().create(path, "");
            return new Opened(made, List.of());
        }, opened -> opened(opened, then));
    }

    /** Opens an inspection file (an enterprise workspace is refused with its sentence); {@code then} runs once open. */
    public void open(Path path, Runnable then) {
        tasks.run(messages.get("inspector.task.openFile"), progress -> {
            InspectionFile opened = services.inspections().open(path);
            try {
                return new Opened(opened, services.inspections().inspections(opened));
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, opened -> opened(opened, then));
    }

    private record Opened(InspectionFile file, List<Inspection> inspections) {
    }

    private void opened(Opened opened, Runnable then) {
        close();
        file.set(opened.file());
        inspections.setAll(opened.inspections());
        try {
            services.recentInspectionFiles().add(opened.file().file());
        } catch (RuntimeException e) {
            LOG.warn("could not note the recent inspection file", e);
        }
        refreshRecentFiles();
        then.run();
        if (!inspections.isEmpty()) {
            show(inspections.get(0));
        }
    }

    /**
     * Opens an enterprise's package in the file: verified first (refused with the sentence naming each file), the
     * typed fingerprint compared when given; the same package again shows its inspection. Then shows it.
     */
    public void openPackage(Path zip, String typedFingerprint) {
        InspectionFile current = file.get();
        if (current == null) {
            return;
        }
        tasks.run(messages.get("inspector.task.openPackage"), progress -> {
            InspectionService.Opened opened = services.inspections().openPackage(current, zip, typedFingerprint,
                    progress);
            return new Listed(opened, services.inspections().inspections(current));
        }, listed -> {
            inspections.setAll(listed.inspections());
            if (listed.opened().again()) {
                dialogs.showInfo(messages.get("inspector.openPackage.title"),
                        messages.get("inspector.openPackage.again", zip.getFileName()));
            }
            show(listed.inspections().stream().filter(i -> i.id().equals(listed.opened().inspection().id()))
                    .findFirst().orElse(listed.opened().inspection()));
        });
    }

    private record Listed(InspectionService.Opened opened, List<Inspection> inspections) {
    }

    /** Shows an inspection: its records read from the inspection file into a read-only workspace. */
    public void show(Inspection inspection) {
        InspectionFile current = file.get();
        Shown now = shown.get();
        if (current == null || inspection == null || now != null && now.inspection().id().equals(inspection.id())) {
            return;
        }
        tasks.run(messages.get("inspector.task.loadRecords"),
                progress -> new Shown(inspection, services.inspections().records(current, inspection)), loaded -> {
                    if (file.get() != current) {
                        loaded.records().close();
                        return;
                    }
                    Shown previous = shown.get();
                    shown.set(loaded);
                    closeQuietly(previous);
                });
    }

    /** Closes the inspection file and the records shown; the welcome page comes back. */
    public void close() {
        Shown previous = shown.get();
        shown.set(null);
        closeQuietly(previous);
        InspectionFile current = file.get();
        file.set(null);
        inspections.clear();
        if (current != null) {
            try {
                current.close();
            } catch (RuntimeException e) {
                LOG.warn("closing {} failed", current.file(), e);
            }
        }
    }

    public void refreshRecentFiles() {
        try {
            recentFiles.setAll(services.recentInspectionFiles().list());
        } catch (RuntimeException e) {
            LOG.warn("could not read the recent inspection files", e);
            recentFiles.clear();
        }
    }

    private static void closeQuietly(Shown shown) {
        if (shown != null) {
            try {
                shown.records().close();
            } catch (RuntimeException e) {
                LOG.warn("closing the records of {} failed", shown.inspection().packageName(), e);
            }
        }
    }
}
