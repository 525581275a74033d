package org.nineones.ui.problems;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.model.Messages;
import org.nineones.model.RecordTime;
import org.nineones.model.problems.Evidence;
import org.nineones.model.problems.FindingsImport;
import org.nineones.model.problems.ListedProblem;
import org.nineones.model.problems.Measure;
import org.nineones.model.problems.MeasureDraft;
import org.nineones.model.problems.MeasureStatus;
import org.nineones.model.problems.MeasureVersion;
import org.nineones.model.problems.ProblemDraft;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordFilter;
import org.nineones.service.inspection.ClosingFile;
import org.nineones.service.problems.ProblemService;
import org.nineones.service.records.DutyRecordService;
import org.nineones.store.Workspace;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.FileFilter;
import org.nineones.ui.common.TaskRunner;

/**
 * 问题清单: the problems (all, or those of one imported findings file) with their measures, the findings files
 * imported, and the actions — import a findings file, take the self-assessment's deductions, add a problem, add a
 * measure, change its status with evidence, correct it with a reason. Every read and write runs through the task
 * runner; a refusal is shown as its sentence; after a change the workspace's screens are told ({@code changed}).
 */
public final class ProblemsViewModel {

    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ProblemService service;
    private final DutyRecordService records;
    private final Workspace workspace;
    private final Runnable changed;
    private final Supplier<LocalDate> today;
    private final ObservableList<ListedProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<FindingsImport> imports = FXCollections.observableArrayList();
    /** The findings file whose problems are shown; null: every problem. */
    private final ObjectProperty<FindingsImport> file = new SimpleObjectProperty<>();
    private final StringProperty count = new SimpleStringProperty("");
    /** The problem to select once the list is read (set by a change or by the readiness view). */
    private final ObjectProperty<Long> wanted = new SimpleObjectProperty<>();
    private List<ListedProblem> all = List.of();
    private FindingsImport wantedFile;
    private long generation;

    public ProblemsViewModel(Messages messages, TaskRunner tasks, DialogService dialogs, ProblemService service,
                             DutyRecordService records, Workspace workspace, Runnable changed,
                             Supplier<LocalDate> today) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.service = service;
        this.records = records;
        this.workspace = workspace;
        this.changed = changed;
        this.today = today;
        file.addListener((obs, old, now) -> filter());
    }

    /** What the evidence part of a status change offers: the records of duty performance in force. */
    public record Choices(List<ProblemService.Owner> owners, List<DutyRecord> records) {
    }

    private record Loaded(List<ListedProblem> problems, List<FindingsImport> imports) {
    }

    /** Reads the problems and the findings files imported. */
    public void reload() {
        long asked = ++generation;
        tasks.run(messages.get("problems.ui.loading"), progress -> new Loaded(service.list(workspace),
                service.findingsImports(workspace)), loaded -> {
                    if (asked != generation) {
                        return;
                    }
                    all = loaded.problems();
                    FindingsImport shown = wantedFile != null ? wantedFile : file.get();
                    wantedFile = null;
                    imports.setAll(loaded.imports());
                    file.set(shown == null ? null : loaded.imports().stream().filter(i -> i.id() == shown.id())
                            .findFirst().orElse(null));
                    filter();
                });
    }

    private void filter() {
        FindingsImport shown = file.get();
        List<ListedProblem> list = shown == null ? all : all.stream()
                .filter(p -> shown.fingerprint().equals(p.problem().findingsFingerprint())).toList();
        problems.setAll(list);
        LocalDate day = today.get();
        long overdue = list.stream().mapToLong(p -> p.overdue(day).size()).sum();
        count.set(messages.get("problems.ui.count", list.size(), list.stream().mapToInt(p -> p.measures().size())
                .sum(), overdue));
    }

    /** Shows every problem and asks for {@code problemId} to be selected once read (from the readiness view). */
    public void show(long problemId) {
        file.set(null);
        wanted.set(null);
        wanted.set(problemId);
        reload();
    }

    /** Asks for a findings file (.zip), imports it and says what it did (also "already imported"). */
    public void importFindings() {
        String title = messages.get("problems.ui.importFindings");
        dialogs.chooseFileToOpen(title, new FileFilter(messages.get("problems.ui.findingsFilter"), "*.zip"))
                .ifPresent(zip -> tasks.run(title, progress -> service.importFindings(workspace, zip), result -> {
                    // the file just imported is shown, ready for its report and closing package
                    wantedFile = result.file();
                    done(null);
                    dialogs.showInfo(title, result.summary());
                }));
    }

    /**
     * 生成整改回复包…: for the findings file chosen, what the closing package will answer (findings rectified, not yet,
     * evidence files) shown for confirmation, then the package written where the user chooses (never over the
     * workspace) and its fingerprint told, for the inspector to compare.
     */
    public void closingPackage() {
        FindingsImport chosen = file.get();
        if (chosen == null) {
            return;
        }
        String title = messages.get("problems.ui.closing");
        tasks.run(messages.get("problems.ui.closing.reading"), progress -> service.closingContent(workspace,
                chosen.fingerprint()), content -> {
                    int answered = content.answers().size();
                    long done = content.answers().stream().filter(ClosingFile.Answer::done).count();
                    long files = content.answers().stream().flatMap(a -> a.measures().stream())
                            .mapToLong(m -> m.evidence().size()).sum();
                    if (!dialogs.confirm(title, messages.get("problems.ui.closing.confirm", answered, done,
                            answered - done, files), messages.get("problems.ui.closing.write"))) {
                        return;
                    }
                    dialogs.chooseOutputFile(messages, title, workspace.file().toAbsolutePath().getParent(),
                                    messages.get("problems.ui.closing.fileName", content.enterpriseName(),
                                            today.get()),
                                    new FileFilter(messages.get("closing.ui.filter"), "*.zip"), workspace.file())
                            .ifPresent(out -> tasks.run(title, progress -> service.closingPackage(workspace,
                                    chosen.fingerprint(), out), written -> dialogs.showInfo(title,
                                    messages.get("closing.cli.written", written.file(),
                                            written.manifest().closing().inspectionUid(),
                                            written.manifest().closing().count(),
                                            written.manifest().files().size() - 1L) + "\n"
                                            + messages.get("closing.cli.fingerprint", written.fingerprint()))));
                });
    }

    /** Lists the latest signed self-assessment's deductions as problems, once per line. */
    public void fromSelfAssessment() {
        String title = messages.get("problems.ui.fromSelfAssessment");
        tasks.run(title, progress -> service.addFromSelfAssessment(workspace), result -> {
            done(null);
            dialogs.showInfo(title, result.summary());
        });
    }

    /** Reads who may own a measure and the records that may be evidence, then hands them to {@code then}. */
    public void choices(Consumer<Choices> then) {
        tasks.run(messages.get("problems.ui.loading"), progress -> new Choices(service.owners(workspace),
                records.list(workspace, new RecordFilter(null, null, null, null, "")).stream()
                        .filter(r -> r.status() == DutyRecord.Status.IN_FORCE).toList()), then);
    }

    public void addProblem(ProblemDraft draft) {
        tasks.run(messages.get("problems.ui.addProblem"), progress -> service.addProblem(workspace, draft),
                added -> done(added.id()));
    }

    public void addMeasure(long problemId, MeasureDraft draft) {
        tasks.run(messages.get("problems.ui.addMeasure"), progress -> service.addMeasure(workspace, problemId, draft),
                added -> done(problemId));
    }

    public void changeStatus(Measure measure, MeasureStatus status, String note, Evidence evidence) {
        tasks.run(messages.get("problems.ui.changeStatus"), progress -> status == null
                ? service.addEvidence(workspace, measure.id(), note, evidence)
                : service.changeStatus(workspace, measure.id(), status, note, evidence),
                changedMeasure -> done(measure.problemId()));
    }

    public void correct(Measure measure, MeasureDraft draft, String reason) {
        tasks.run(messages.get("problems.ui.correct"), progress -> service.correct(workspace, measure.id(), draft,
                reason), corrected -> done(measure.problemId()));
    }

    /** Opens a copy of an evidence file with the system's viewer. */
    public void open(org.nineones.model.records.RecordAttachment attachment) {
        tasks.run(messages.get("problems.ui.openFile"), progress -> service.files().openableCopy(workspace,
                attachment), dialogs::openFile);
    }

    /** Asks for evidence files (the records' kinds). */
    public List<Path> chooseFiles() {
        return dialogs.chooseFilesToOpen(messages.get("problems.ui.chooseFiles"),
                new FileFilter(messages.get("records.ui.fileTypes"), records.filePatterns()));
    }

    private void done(Long select) {
        if (select != null) {
            wanted.set(null);
            wanted.set(select);
        }
        reload();
        changed.run();
    }

    /** The problem's row: 3 条措施, 逾期 1 条. */
    public String measuresText(ListedProblem p) {
        int overdue = p.overdue(today.get()).size();
        return overdue == 0 ? String.valueOf(p.measures().size())
                : messages.get("problems.ui.measuresOverdue", p.measures().size(), overdue);
    }

    public boolean overdue(ListedProblem p) {
        return !p.overdue(today.get()).isEmpty();
    }

    public boolean overdue(Measure m) {
        return m.overdue(today.get());
    }

    /** A measure's status, overdue marked. */
    public String status(Measure m) {
        String status = messages.of(m.status());
        return m.overdue(today.get()) ? messages.get("problems.ui.statusOverdue", status) : status;
    }

    /** 张三（A001）. */
    public String owner(Measure m) {
        MeasureVersion v = m.current();
        return v.ownerNumber().isEmpty() ? v.ownerName() : v.ownerName() + "（" + v.ownerNumber() + "）";
    }

    /** The evidence of a measure: records and files, counted. */
    public String evidence(Measure m) {
        return messages.get("problems.ui.evidenceCount", m.records().size(), m.attachments().size());
    }

    /** The selected measure's details: its evidence listed, then every version, oldest first. */
    public String details(Measure m) {
        if (m == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(messages.get("problems.ui.detailsHead", String.valueOf(m.id()), m.text()));
        m.records().forEach(r -> s.append('\n').append(messages.get("problems.ui.detailsRecord", String.valueOf(r.id()),
                r.date().toString(), r.title())));
        m.attachments().forEach(a -> s.append('\n').append(messages.get("problems.ui.detailsFile", a.fileName())));
        s.append('\n').append(messages.get("problems.ui.history"));
        for (MeasureVersion v : m.history()) {
            s.append('\n').append(messages.get("problems.ui.version", RecordTime.local(v.recordedAt()),
                    messages.of(v.change()), messages.of(v.status()), v.text(), v.ownerName(), v.deadline().toString(),
                    v.recordedBy()));
            if (!v.note().isEmpty()) {
                s.append(messages.get("problems.ui.versionNote", v.note()));
            }
        }
        return s.toString();
    }

    /** A findings file as the filter box shows it. */
    public String fileText(FindingsImport i) {
        return i == null ? messages.get("problems.ui.allProblems") : messages.get("problems.ui.fileChoice",
                String.valueOf(i.id()), i.inspectedOn().toString(), i.inspector(), i.fileName());
    }

    public ObservableList<ListedProblem> problems() {
        return problems;
    }

    public ObservableList<FindingsImport> imports() {
        return imports;
    }

    public ObjectProperty<FindingsImport> fileProperty() {
        return file;
    }

    public StringProperty countProperty() {
        return count;
    }

    public ObjectProperty<Long> wantedProperty() {
        return wanted;
    }

    public Messages messages() {
        return messages;
    }

    public LocalDate today() {
        return today.get();
    }
}
