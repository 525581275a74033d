package org.nineones.ui.assessments;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.model.Messages;
import org.nineones.service.assessments.AssessmentItem;
import org.nineones.service.assessments.AssessmentRuleException;
import org.nineones.service.assessments.AssessmentService;
import org.nineones.service.assessments.AssessmentSummary;
import org.nineones.service.assessments.CloseRequest;
import org.nineones.service.assessments.InterviewCase;
import org.nineones.service.assessments.NotAssessable;
import org.nineones.service.assessments.Period;
import org.nineones.service.assessments.PeriodKind;
import org.nineones.service.assessments.PeriodOverview;
import org.nineones.service.assessments.Rating;
import org.nineones.service.assessments.StartResult;
import org.nineones.store.Workspace;
import org.nineones.ui.common.TaskRunner;

/**
 * 考核: the chosen period (kind and text such as 2026-11), its people with status, total and rating, the items of the
 * selected person, the interview list. Work on the workspace runs through the task runner; rule refusals come back
 * as sentences for the field or dialog concerned.
 */
public final class AssessmentsViewModel {


    private final Messages messages;
    private final TaskRunner tasks;
    private final AssessmentService service;
    private final Workspace workspace;
    private final Supplier<LocalDate> today;
    private final AssessmentTexts texts;
    private final ObjectProperty<PeriodKind> kind = new SimpleObjectProperty<>(PeriodKind.MONTH);
    private final StringProperty periodText = new SimpleStringProperty("");
    private final StringProperty periodError = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty notAssessableText = new SimpleStringProperty("");
    private final ObservableList<AssessmentSummary> people = FXCollections.observableArrayList();
    private final ObservableList<NotAssessable> notAssessable = FXCollections.observableArrayList();
    private final ObservableList<InterviewCase> interviews = FXCollections.observableArrayList();
    private final ObservableList<String> periods = FXCollections.observableArrayList();
    private final ObjectProperty<AssessmentSummary> selected = new SimpleObjectProperty<>();
    private final ObservableList<AssessmentItem> items = FXCollections.observableArrayList();
    private Period shown;

    public AssessmentsViewModel(Messages messages, TaskRunner tasks, AssessmentService service, Workspace workspace,
                                Supplier<LocalDate> today) {
        this.messages = messages;
        this.tasks = tasks;
        this.service = service;
        this.workspace = workspace;
        this.today = today;
        this.texts = new AssessmentTexts(messages, service);
        periodText.set(Period.containing(PeriodKind.MONTH, today.get()).code());
        kind.addListener((o, was, now) -> {
            if (now != null) {
                periodText.set(Period.containing(now, today.get()).code());
            }
        });
    }

    /** The period the fields name, or empty with {@link #periodErrorProperty()} set. */
    public Optional<Period> period() {
        Optional<Period> period = Period.parse(periodText.get());
        if (period.isEmpty()) {
            periodError.set(messages.get("assessments.error.periodUnknown", periodText.get()));
            return Optional.empty();
        }
        periodError.set("");
        if (period.get().kind() != kind.get()) {
            kind.set(period.get().kind());
            periodText.set(period.get().code());
        }
        return period;
    }

    /** Reads the period the fields name: people, not assessable, counts, interviews. */
    public void load() {
        Optional<Period> period = period();
        if (period.isEmpty()) {
            return;
        }
        Long keep = selected.get() == null ? null : selected.get().employeeId();
        LocalDate day = today.get();
        tasks.run(messages.get("assessments.task.load"), progress -> new Loaded(
                service.overview(workspace, period.get(), day), service.interviewCases(workspace),
                service.periods(workspace)), loaded -> {
                    shown = period.get();
                    periods.setAll(loaded.periods().stream().map(Period::code).toList());
                    show(loaded.overview());
                    interviews.setAll(loaded.interviews());
                    select(keep == null ? null : people.stream().filter(p -> p.employeeId() == keep).findFirst()
                            .orElse(null));
                });
    }

    private record Loaded(PeriodOverview overview, List<InterviewCase> interviews, List<Period> periods) {
    }

    private void show(PeriodOverview overview) {
        people.setAll(overview.assessments());
        notAssessable.setAll(overview.notAssessable());
        summary.set(overview.assessments().isEmpty() ? messages.get("assessments.ui.noAssessments")
                : messages.get("assessments.ui.summary", overview.assessed(),
                overview.perRating().get(Rating.EXCELLENT), overview.perRating().get(Rating.GOOD),
                overview.perRating().get(Rating.PASS), overview.perRating().get(Rating.FAIL), overview.open()));
        notAssessableText.set(overview.notAssessable().isEmpty() ? ""
                : messages.get("assessments.ui.notAssessable", overview.notAssessable().size()));
    }

    /**
     * What a piece of work came to: its result, or the rule that refused it. Work running off the FX thread returns
     * one, so that the refusal is shown by the success callback, on the FX thread, after the work has been done.
     */
    private record Outcome<T>(T value, AssessmentRuleException refusal) {

        static <T> Outcome<T> of(Supplier<T> work) {
            try {
                return new Outcome<>(work.get(), null);
            } catch (AssessmentRuleException e) {
                return new Outcome<>(null, e);
            }
        }
    }

    /** Starts the period's assessments, then shows what was done (or the refusal under the period). */
    public void start(Consumer<String> done) {
        Optional<Period> period = period();
        if (period.isEmpty()) {
            return;
        }
        LocalDate day = today.get();
        tasks.run(messages.get("assessments.task.start"), progress -> Outcome.of(() -> service.start(workspace,
                period.get(), day)), outcome -> {
                    if (outcome.refusal() != null) {
                        periodError.set(outcome.refusal().getMessage());
                        return;
                    }
                    load();
                    done.accept(describe(outcome.value()));
                });
    }

    private String describe(StartResult result) {
        return messages.get("assessments.ui.started", texts.periodName(result.period()), result.opened(),
                result.existing(), result.notAssessable().size());
    }

    /** Shows a person's items (null clears), read in the task runner. */
    public void select(AssessmentSummary summary) {
        selected.set(summary);
        if (summary == null) {
            items.clear();
            return;
        }
        tasks.run(messages.get("assessments.task.load"), progress -> service.items(workspace, summary.id()), list -> {
            if (selected.get() == summary) {
                items.setAll(list);
            }
        });
    }

    /** An assessment as saved, with its items. */
    private record Saved(AssessmentSummary summary, List<AssessmentItem> items) {
    }

    /**
     * Saves an item's points (text as typed; blank clears) and note. {@code done} gets, on the FX thread once the work
     * is over, the refusal for the field, or empty when saved (or unchanged): a refused edit is not saved.
     */
    public void score(int position, String pointsText, String note, Consumer<Optional<String>> done) {
        AssessmentSummary current = selected.get();
        if (current == null) {
            done.accept(Optional.empty());
            return;
        }
        Double points;
        String text = pointsText == null ? "" : pointsText.strip();
        try {
            points = text.isEmpty() ? null : Double.valueOf(text);
        } catch (NumberFormatException e) {
            done.accept(Optional.of(messages.get("assessments.error.notNumber", text)));
            return;
        }
        String newNote = note == null ? "" : note.strip();
        AssessmentItem item = items.stream().filter(i -> i.position() == position).findFirst().orElse(null);
        if (item != null && java.util.Objects.equals(item.points(), points) && item.note().equals(newNote)) {
            done.accept(Optional.empty());
            return;
        }
        tasks.run(messages.get("assessments.task.save"), progress -> Outcome.of(() -> {
            AssessmentSummary saved = service.score(workspace, current.id(), position, points, newNote);
            return new Saved(saved, service.items(workspace, saved.id()));
        }), outcome -> {
                    if (outcome.refusal() != null) {
                        done.accept(Optional.of(outcome.refusal().getMessage()));
                        return;
                    }
                    replace(outcome.value());
                    done.accept(Optional.empty());
                });
    }

    /** Puts a changed summary in the list and shows its items again. */
    private void replace(Saved saved) {
        AssessmentSummary updated = saved.summary();
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).employeeId() == updated.employeeId()) {
                people.set(i, updated);
            }
        }
        selected.set(updated);
        items.setAll(saved.items());
    }

    /**
     * Closes the selected assessment; {@code done} gets, on the FX thread once the work is over, the refusal (field,
     * message), or empty when closed.
     */
    public void close(String assessor, LocalDate assessorOn, LocalDate assesseeOn, Path scan,
                      Consumer<Optional<AssessmentRuleException>> done) {
        AssessmentSummary current = selected.get();
        if (current == null) {
            done.accept(Optional.empty());
            return;
        }
        LocalDate day = today.get();
        tasks.run(messages.get("assessments.task.save"), progress -> Outcome.of(() -> service.close(workspace,
                current.id(), new CloseRequest(assessor, assessorOn, assesseeOn, scan), day)), outcome -> {
                    if (outcome.refusal() != null) {
                        done.accept(Optional.of(outcome.refusal()));
                        return;
                    }
                    load();
                    done.accept(Optional.empty());
                });
    }

    /**
     * Corrects (a new open assessment; a withdrawn one is reopened so) or withdraws the selected closed assessment
     * with a reason; {@code done} gets, on the FX thread once the work is over, the refusal, or empty when done.
     */
    public void correct(String reason, boolean withdraw, Consumer<Optional<String>> done) {
        AssessmentSummary current = selected.get();
        if (current == null) {
            done.accept(Optional.empty());
            return;
        }
        tasks.run(messages.get("assessments.task.save"), progress -> Outcome.of(() -> {
            if (withdraw) {
                service.withdraw(workspace, current.id(), reason);
            } else {
                service.correct(workspace, current.id(), reason);
            }
            return Boolean.TRUE;
        }), outcome -> {
            if (outcome.refusal() != null) {
                done.accept(Optional.of(outcome.refusal().getMessage()));
                return;
            }
            load();
            done.accept(Optional.empty());
        });
    }

    /** Abandons the selected open correction; {@code done} gets the refusal, or empty when done. */
    public void abandon(Consumer<Optional<String>> done) {
        AssessmentSummary current = selected.get();
        if (current == null) {
            done.accept(Optional.empty());
            return;
        }
        tasks.run(messages.get("assessments.task.save"), progress -> Outcome.of(() -> {
            service.abandonCorrection(workspace, current.id());
            return Boolean.TRUE;
        }), outcome -> finish(outcome, refusal -> done.accept(Optional.of(refusal.getMessage())),
                () -> done.accept(Optional.empty())));
    }

    /** Reads the selected record's history and hands it to {@code done} as lines (original, corrections…). */
    public void history(Consumer<String> done) {
        AssessmentSummary current = selected.get();
        if (current == null) {
            done.accept("");
            return;
        }
        tasks.run(messages.get("assessments.task.load"), progress -> texts.history(service.history(workspace,
                current.id()), id -> service.attachment(workspace, id)), done);
    }

    /** Records the interview of a case; {@code done} gets the refusal, or empty when recorded. */
    public void recordInterview(InterviewCase c, LocalDate heldOn, String heldBy, String note,
                                Consumer<Optional<AssessmentRuleException>> done) {
        LocalDate day = today.get();
        tasks.run(messages.get("assessments.task.save"), progress -> Outcome.of(() -> {
            service.recordInterview(workspace, c.assessmentId(), heldOn, heldBy, note, day);
            return Boolean.TRUE;
        }), outcome -> finish(outcome, refusal -> done.accept(Optional.of(refusal)),
                () -> done.accept(Optional.empty())));
    }

    /** After a write: the refusal to {@code refused}, else the period read again and {@code then}. */
    private void finish(Outcome<?> outcome, Consumer<AssessmentRuleException> refused, Runnable then) {
        if (outcome.refusal() != null) {
            refused.accept(outcome.refusal());
            return;
        }
        load();
        then.run();
    }

    // ----------------------------------------------------------------------------------------------- texts

    /** The texts the tab shows (status, totals, ratings, periods, interviews). */
    public AssessmentTexts texts() {
        return texts;
    }

    public String status(AssessmentSummary s) {
        return texts.status(s);
    }

    /** The not-assessable people, one line each, for a message. */
    public String notAssessableLines() {
        return texts.notAssessableLines(notAssessable);
    }

    /** A date as typed (2026-11-28, 2026/11/28, 2026年11月28日), null when blank; throws when not a date. */
    public static LocalDate parseDate(String text) {
        return AssessmentTexts.parseDate(text);
    }

    public LocalDate today() {
        return today.get();
    }

    public Period shownPeriod() {
        return shown;
    }

    public Workspace workspace() {
        return workspace;
    }

    public ObjectProperty<PeriodKind> kindProperty() {
        return kind;
    }

    public StringProperty periodTextProperty() {
        return periodText;
    }

    public StringProperty periodErrorProperty() {
        return periodError;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty notAssessableTextProperty() {
        return notAssessableText;
    }

    public ObservableList<AssessmentSummary> people() {
        return people;
    }

    /** The periods already created, newest first, as codes (2026-11…). */
    public ObservableList<String> periods() {
        return periods;
    }

    public ObservableList<InterviewCase> interviews() {
        return interviews;
    }

    public ObjectProperty<AssessmentSummary> selectedProperty() {
        return selected;
    }

    public ObservableList<AssessmentItem> items() {
        return items;
    }
}
