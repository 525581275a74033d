package org.nineones.ui.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.nineones.model.Messages;
import org.nineones.model.RecordTime;
import org.nineones.model.training.Attendance;
import org.nineones.model.training.Trainee;
import org.nineones.model.training.TrainingSession;
import org.nineones.service.training.ComplianceReport;
import org.nineones.service.training.PersonCompliance;
import org.nineones.service.training.Training;
import org.nineones.service.training.TrainingRuleException;
import org.nineones.service.training.TrainingService;
import org.nineones.store.Workspace;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.TaskRunner;

/**
 * The training tab's state: the sessions, the attendees of the selected one, the roster to pick from, and the
 * compliance table with its filter. Every read and write runs in the background through the {@link TaskRunner}.
 */
public final class TrainingViewModel {

    /** A session as the list shows it, with the number of people attending. */
    public record SessionRow(TrainingSession session, int attendees) {
    }

    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Training training;
    private final Workspace workspace;
    private final ObservableList<SessionRow> sessions = FXCollections.observableArrayList();
    private final ObservableList<AttendeeRow> attendees = FXCollections.observableArrayList();
    private final ObjectProperty<SessionRow> selected = new SimpleObjectProperty<>();
    private final List<Trainee> roster = new ArrayList<>();
    private final Map<Long, String> unitPaths = new HashMap<>();
    private final ObservableList<PersonCompliance> compliance = FXCollections.observableArrayList();
    private final FilteredList<PersonCompliance> shownCompliance = new FilteredList<>(compliance, p -> true);
    private final ObjectProperty<ComplianceFilter> filter = new SimpleObjectProperty<>(ComplianceFilter.ISSUES);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final StringProperty complianceCounts = new SimpleStringProperty("");
    private final BooleanProperty computing = new SimpleBooleanProperty(false);

    public TrainingViewModel(Messages messages, TaskRunner tasks, DialogService dialogs, Training training,
                             Workspace workspace) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.training = training;
        this.workspace = workspace;
        this.asOf.set(training.service().today());
        filter.addListener((o, a, b) -> applyFilter());
        search.addListener((o, a, b) -> applyFilter());
        selected.addListener((o, a, b) -> loadAttendees());
    }

    public Training training() {
        return training;
    }

    public Workspace workspace() {
        return workspace;
    }

    public ObservableList<SessionRow> sessions() {
        return sessions;
    }

    public ObservableList<AttendeeRow> attendees() {
        return attendees;
    }

    public ObjectProperty<SessionRow> selectedProperty() {
        return selected;
    }

    public List<Trainee> roster() {
        return roster;
    }

    public String unitPath(Long unitId) {
        return unitId == null ? "" : unitPaths.getOrDefault(unitId, "");
    }

    public Map<Long, String> unitPaths() {
        return unitPaths;
    }

    public String kindName(TrainingSession s) {
        return messages.get(s.kind().textKey());
    }

    /** Reads the sessions and the roster again, keeping the selected session when it is still there. */
    public void load() {
        Long keep = selected.get() == null ? null : selected.get().session().id();
        tasks.run(messages.get("training.ui.loading"), progress -> {
            List<TrainingSession> list = training.service().sessions(workspace);
            Map<Long, Integer> counts = training.service().attendeeCounts(workspace);
            List<Trainee> people = training.service().trainees(workspace);
            Map<Long, String> paths = training.service().unitPaths(workspace);
            List<SessionRow> rows = list.stream().map(s -> new SessionRow(s, counts.getOrDefault(s.id(), 0))).toList();
            return new Object[] {rows, people, paths};
        }, result -> {
            @SuppressWarnings("unchecked") List<SessionRow> rows = (List<SessionRow>) result[0];
            @SuppressWarnings("unchecked") List<Trainee> people = (List<Trainee>) result[1];
            @SuppressWarnings("unchecked") Map<Long, String> paths = (Map<Long, String>) result[2];
            roster.clear();
            roster.addAll(people);
            unitPaths.clear();
            unitPaths.putAll(paths);
            sessions.setAll(rows);
            SessionRow again = keep == null ? null
                    : rows.stream().filter(r -> r.session().id().equals(keep)).findFirst().orElse(null);
            selected.set(again);
            loadAttendees();
        });
    }

    private void loadAttendees() {
        SessionRow row = selected.get();
        if (row == null) {
            attendees.clear();
            return;
        }
        long id = row.session().id();
        tasks.run(messages.get("training.ui.loading"), progress -> training.service().attendance(workspace, id),
                list -> {
                    Map<Long, Trainee> byId = new HashMap<>();
                    roster.forEach(t -> byId.put(t.id(), t));
                    List<AttendeeRow> rows = new ArrayList<>();
                    for (Attendance a : list) {
                        Trainee t = byId.get(a.employeeId());
                        rows.add(new AttendeeRow(a, t == null ? "#" + a.employeeId() : t.name(),
                                t == null ? "" : t.employeeNumber(), t == null ? "" : unitPath(t.orgUnitId())));
                    }
                    attendees.setAll(rows);
                });
    }

    /**
     * Runs a write; a rule it breaks (a duplicate sign-in, hours above the session's…) is shown as its own sentence
     * and the lists are read again, so what is shown is what is stored.
     */
    private <T> void write(TaskRunner.Work<T> work, Consumer<T> done) {
        tasks.run(messages.get("training.ui.saving"), progress -> {
            try {
                return new Outcome<>(work.call(progress), null);
            } catch (TrainingRuleException e) {
                return new Outcome<T>(null, e.getMessage());
            }
        }, outcome -> {
            if (outcome.problem() != null) {
                dialogs.showError(messages.get("training.ui.notSaved"), outcome.problem());
                load();
            } else {
                done.accept(outcome.value());
            }
        });
    }

    private record Outcome<T>(T value, String problem) {
    }

    /** Saves a new or edited session, then shows it selected. */
    public void save(TrainingSession session, Consumer<TrainingSession> done) {
        write(progress -> training.service().save(workspace, session), saved -> {
            selected.set(new SessionRow(saved, 0));
            load();
            done.accept(saved);
        });
    }

    public void addAttendees(Set<Long> employeeIds) {
        SessionRow row = selected.get();
        if (row == null || employeeIds.isEmpty()) {
            return;
        }
        write(progress -> training.service().addAttendees(workspace, row.session().id(), employeeIds), n -> load());
    }

    public void correct(Attendance a, double hours, Double score, Boolean passed, String reason) {
        write(progress -> training.service().correct(workspace, a.id(), hours, score, passed, reason), x -> load());
    }

    public void withdraw(Attendance a, String reason) {
        write(progress -> {
            training.service().withdraw(workspace, a.id(), reason);
            return a;
        }, x -> load());
    }

    /** The selected session's attendance history as lines: each record, what it corrects, why, who, when. */
    public void history(Consumer<String> show) {
        SessionRow row = selected.get();
        if (row == null) {
            return;
        }
        Map<Long, String> names = new HashMap<>();
        roster.forEach(t -> names.put(t.id(), t.name()));
        tasks.run(messages.get("training.ui.loading"), progress -> training.service().history(workspace,
                row.session().id()), list -> {
                    StringBuilder text = new StringBuilder();
                    for (Attendance a : list) {
                        String values = messages.get("training.ui.history.values", names.getOrDefault(a.employeeId(),
                                "#" + a.employeeId()), TrainingService.hours(a.hours()),
                                a.score() == null ? "—" : TrainingService.hours(a.score()), a.passed() == null ? "—"
                                        : messages.get(a.passed() ? "training.passed.yes" : "training.passed.no"));
                        String line = a.correctsId() == null
                                ? messages.get("training.ui.history.original", String.valueOf(a.id()), values,
                                a.recordedBy(),
                                RecordTime.local(a.recordedAt()))
                                : messages.get(a.voided() ? "training.ui.history.voided" : "training.ui.history.corrected",
                                String.valueOf(a.id()), values, String.valueOf(a.correctsId()), a.correctionReason(),
                                a.recordedBy(), RecordTime.local(a.recordedAt()));
                        text.append(line).append('\n');
                    }
                    show.accept(text.length() == 0 ? messages.get("training.ui.history.none") : text.toString().strip());
                });
    }

    // ---- compliance

    public ObservableList<PersonCompliance> shownCompliance() {
        return shownCompliance;
    }

    public ObjectProperty<ComplianceFilter> filterProperty() {
        return filter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public StringProperty complianceCountsProperty() {
        return complianceCounts;
    }

    public BooleanProperty computingProperty() {
        return computing;
    }

    /** Computes the compliance table in the background (the UI stays responsive). */
    public void computeCompliance() {
        LocalDate day = asOf.get() == null ? training.service().today() : asOf.get();
        computing.set(true);
        tasks.run(messages.get("training.ui.computing"), progress -> training.compliance().compute(workspace, day),
                report -> {
                    computing.set(false);
                    show(report);
                });
    }

    private void show(ComplianceReport report) {
        compliance.setAll(report.people());
        complianceCounts.set(messages.get("training.ui.complianceCounts", report.asOf().toString(),
                report.people().size(), report.lackingHours(), report.lackingInduction(),
                report.certificatesNeedingAttention()));
        applyFilter();
    }

    private void applyFilter() {
        ComplianceFilter f = filter.get() == null ? ComplianceFilter.ALL : filter.get();
        String s = search.get() == null ? "" : search.get().strip();
        shownCompliance.setPredicate(p -> f.accepts(p) && (s.isEmpty() || p.name().contains(s)
                || (p.employeeNumber() != null && p.employeeNumber().contains(s)) || p.unitPath().contains(s)
                || p.postName().contains(s)));
    }

    /** What a compliance row says is missing, for the table. */
    public String describeMissing(PersonCompliance p) {
        List<String> parts = new ArrayList<>();
        if (p.initialMissing() > 0) {
            parts.add(messages.get("training.cli.initialMissing", TrainingService.hours(p.initialMissing()),
                    TrainingService.hours(p.initialCredited()), TrainingService.hours(p.initialRequired())));
        }
        if (p.annualMissing() > 0) {
            parts.add(messages.get("training.cli.annualMissing", TrainingService.hours(p.annualMissing()),
                    TrainingService.hours(p.annualCredited()), TrainingService.hours(p.annualRequired())));
        }
        return String.join("；", parts);
    }

    public String describeInduction(PersonCompliance p) {
        return String.join("、", p.missingInduction().stream().map(k -> messages.get(k.textKey())).toList());
    }

    public String describeCertificate(PersonCompliance p) {
        String state = messages.get(p.certificate().textKey());
        return p.certificateExpiry() == null ? state : state + "（" + p.certificateExpiry() + "）";
    }
}
