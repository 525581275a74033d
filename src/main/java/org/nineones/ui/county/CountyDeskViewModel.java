package org.nineones.ui.county;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.model.Messages;
import org.nineones.model.county.CountyRow;
import org.nineones.model.county.CountySummary;
import org.nineones.model.county.DeskBatch;
import org.nineones.model.county.EnterpriseRow;
import org.nineones.service.county.CountyDeskService;
import org.nineones.service.county.CountySummaryService;
import org.nineones.store.DeskStore;
import org.nineones.store.InspectionFile;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The county desk (issue 14, point 3; decision 0025): the desk open (a desk file or a PostgreSQL database), its
 * batches, the batch and day chosen, and the summary of them — the county table with its total, every enterprise with
 * its colour, the interviews and the enterprises not inspected. Everything that reads or writes the desk runs as a
 * task; refusals come back as their sentences through the task runner, and the summary is read again after each change.
 */
public final class CountyDeskViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(CountyDeskViewModel.class);

    /** A choice of the batch chooser: a batch, or (batch null) every enterprise inspected. */
    public record BatchChoice(DeskBatch batch, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** What a summary read brings back. */
    private record Read(List<DeskBatch> batches, CountySummary summary, List<EnterpriseRow> enterprises) {
    }

    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CountyDeskService desks;
    private final CountySummaryService summaries;
    private final ReadOnlyObjectWrapper<DeskStore> desk = new ReadOnlyObjectWrapper<>(this, "desk");
    private final ObservableList<BatchChoice> batches = FXCollections.observableArrayList();
    private final ObjectProperty<BatchChoice> batch = new SimpleObjectProperty<>(this, "batch");
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf", LocalDate.now());
    private final ReadOnlyObjectWrapper<CountySummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ObservableList<CountyRow> counties = FXCollections.observableArrayList();
    private final ObservableList<EnterpriseRow> enterprises = FXCollections.observableArrayList();
    private final ObservableList<EnterpriseRow> interviews = FXCollections.observableArrayList();
    private final ObservableList<EnterpriseRow> notInspected = FXCollections.observableArrayList();
    private final BatchChoice allInspected;
    private boolean reading;
    private final java.util.function.Supplier<InspectionFile> openFile;

    public CountyDeskViewModel(AppContext context) {
        this(context, () -> null);
    }

    /**
     * {@code openFile} gives the inspection file the window has open (or null): loading that file reads it through
     * its own connection, since a second opening would meet its lock.
     */
    public CountyDeskViewModel(AppContext context, java.util.function.Supplier<InspectionFile> openFile) {
        this.openFile = openFile;
        this.messages = context.messages();
        this.tasks = context.tasks();
        this.dialogs = context.dialogs();
        this.desks = context.services().countyDesk();
        this.summaries = context.services().countySummary();
        this.allInspected = new BatchChoice(null, messages.get("county.sheet.allInspected"));
        batch.addListener((obs, old, now) -> refreshUnlessReading());
        asOf.addListener((obs, old, now) -> refreshUnlessReading());
    }

    public ReadOnlyObjectProperty<DeskStore> deskProperty() {
        return desk.getReadOnlyProperty();
    }

    public ObservableList<BatchChoice> batches() {
        return batches;
    }

    public ObjectProperty<BatchChoice> batchProperty() {
        return batch;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ReadOnlyObjectProperty<CountySummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** One row per county, then the total (county empty) when there is one. */
    public ObservableList<CountyRow> counties() {
        return counties;
    }

    public ObservableList<EnterpriseRow> enterprises() {
        return enterprises;
    }

    public ObservableList<EnterpriseRow> interviews() {
        return interviews;
    }

    public ObservableList<EnterpriseRow> notInspected() {
        return notInspected;
    }

    /** The total's row in {@link #counties()}: shown as 合计. */
    public boolean isTotal(CountyRow row) {
        CountySummary s = summary.get();
        return s != null && row == s.total();
    }

    /**
     * Opens a desk: a {@code jdbc:postgresql://…} URL connects to that server (one not reached is refused naming its
     * host and port), anything else is a desk file, made when missing. The desk open before is closed once the new one
     * is open.
     */
    public void open(String location) {
        tasks.run(messages.get("county.ui.task.open"), progress -> {
            DeskStore opened = desks.open(location);
            try {
                return new Opened(opened, read(opened, null));
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, opened -> {
            close();
            desk.set(opened.desk());
            show(opened.read(), null);
        });
    }

    private record Opened(DeskStore desk, Read read) {
    }

    /**
     * Loads inspection files into the desk, one after the other, each whole in one write (each inspection kept once
     * by its uid); cancelling stops before the next file. Then says what each file added and shows the summary again.
     */
    public void load(List<Path> files) {
        DeskStore current = desk.get();
        if (current == null || files.isEmpty()) {
            return;
        }
        tasks.run(messages.get("county.ui.task.load"), progress -> {
            List<CountyDeskService.Loaded> loaded = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                progress.checkCancelled();
                progress.update(i, files.size(), messages.get("county.ui.task.loadFile", files.get(i).getFileName(),
                        i + 1, files.size()));
                InspectionFile open = openFile.get();
                loaded.add(open != null && sameFile(open.file(), files.get(i)) ? desks.loadOpen(current, open)
                        : desks.load(current, files.get(i)));
            }
            progress.update(files.size(), files.size(), messages.get("county.ui.task.load"));
            return new Loaded(loaded, read(current, chosenBatch()));
        }, done -> {
            show(done.read(), chosenBatch());
            List<String> lines = new ArrayList<>();
            for (CountyDeskService.Loaded l : done.loaded()) {
                lines.add(messages.get("county.cli.loaded", l.file().getFileName(), String.valueOf(l.inspections()),
                        String.valueOf(l.added()), String.valueOf(l.signedNow()), String.valueOf(l.findingsAdded()),
                        String.valueOf(l.findingsChanged()), String.valueOf(l.unchanged())));
            }
            dialogs.showInfo(messages.get("county.ui.load"), String.join("\n", lines));
        });
    }

    private record Loaded(List<CountyDeskService.Loaded> loaded, Read read) {
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return java.nio.file.Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** Imports a batch sheet (refused whole, naming the rows, when any row is wrong) and shows its summary. */
    public void importBatch(Path sheet) {
        DeskStore current = desk.get();
        if (current == null) {
            return;
        }
        tasks.run(messages.get("county.ui.task.importBatch"), progress -> {
            DeskBatch imported = desks.importBatch(current, sheet);
            return new Imported(imported, read(current, imported));
        }, done -> show(done.read(), done.batch()));
    }

    private record Imported(DeskBatch batch, Read read) {
    }

    /** Reads the summary again for the batch and day chosen. */
    public void refresh() {
        DeskStore current = desk.get();
        if (current == null) {
            return;
        }
        DeskBatch chosen = chosenBatch();
        tasks.run(messages.get("county.ui.task.summary"), progress -> read(current, chosen),
                read -> show(read, chosen));
    }

    /** Writes the summary shown as a workbook (summary, enterprises, interviews, not inspected). */
    public void exportWorkbook(Path out, Runnable then) {
        DeskStore current = desk.get();
        CountySummary shown = summary.get();
        if (current == null || shown == null) {
            return;
        }
        tasks.run(messages.get("county.ui.task.export"), progress -> {
            summaries.writeWorkbook(current, shown, out);
            return out;
        }, written -> then.run());
    }

    /** The summary shown, for the PDF (null while no desk is open). */
    public CountySummary summary() {
        return summary.get();
    }

    /** Where the desk is, as shown: the file, or the server's URL without its password. */
    public String location() {
        DeskStore current = desk.get();
        return current == null ? "" : current.location();
    }

    /** Closes the desk (the window's 返回, or another desk opened). */
    public void close() {
        DeskStore current = desk.get();
        desk.set(null);
        summary.set(null);
        reading = true;
        batches.clear();
        batch.set(null);
        reading = false;
        counties.clear();
        enterprises.clear();
        interviews.clear();
        notInspected.clear();
        if (current != null) {
            // closing writes (the desk file's last checkpoint): off the FX thread like every other desk work
            tasks.run(messages.get("county.ui.task.close"), progress -> {
                try {
                    current.close();
                } catch (RuntimeException e) {
                    LOG.warn("closing the county desk {} failed", current.location(), e);
                }
                return current;
            }, closed -> { });
        }
    }

    private DeskBatch chosenBatch() {
        BatchChoice choice = batch.get();
        return choice == null ? null : choice.batch();
    }

    private Read read(DeskStore store, DeskBatch chosen) {
        LocalDate day = Objects.requireNonNullElse(asOf.get(), LocalDate.now());
        CountySummary made = summaries.summary(store, chosen, day);
        return new Read(desks.batches(store), made, summaries.enterprises(store, chosen, day));
    }

    private void show(Read read, DeskBatch chosen) {
        reading = true;
        try {
            List<BatchChoice> choices = new ArrayList<>();
            choices.add(allInspected);
            read.batches().forEach(b -> choices.add(new BatchChoice(b, messages.get("county.ui.batchLabel", b.name(),
                    String.valueOf(b.enterprises())))));
            batches.setAll(choices);
            batch.set(choices.stream().filter(c -> c.batch() != null && chosen != null
                    && c.batch().uid().equals(chosen.uid())).findFirst().orElse(allInspected));
        } finally {
            reading = false;
        }
        CountySummary s = read.summary();
        summary.set(s);
        List<CountyRow> rows = new ArrayList<>(s.counties());
        if (s.total() != null) {
            rows.add(s.total());
        }
        counties.setAll(rows);
        enterprises.setAll(read.enterprises());
        interviews.setAll(s.interviews());
        notInspected.setAll(s.notInspected());
    }

    private void refreshUnlessReading() {
        if (!reading) {
            refresh();
        }
    }
}
