package org.nineones.ui.assessments;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.model.Messages;
import org.nineones.model.RecordTime;
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

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

    private final Messages messages;
    private final TaskRunner tasks;
    private final AssessmentService service;
    private final Workspace workspace;
    private final Supplier<LocalDate> today;
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
        return messages.get("assessments.ui.started", service.periodName(result.period()), result.opened(),
                result.existing(), result.notAssessable().size());
    }

    /** Shows a person's items (null clears). */
    public void select(AssessmentSummary summary) {
        selected.set(summary);
        if (summary == null) {
            items.clear();
            return;
        }
        items.setAll(service.items(workspace, summary.id()));
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
        tasks.run(messages.get("assessments.task.save"), progress -> Outcome.of(() -> service.score(workspace,
                current.id(), position, points, newNote)), outcome -> {
                    if (outcome.refusal() != null) {
                        done.accept(Optional.of(outcome.refusal().getMessage()));
                        return;
                    }
                    replace(outcome.value());
                    done.accept(Optional.empty());
                });
    }

    /** Puts a changed summary in the list and shows its items again. */
    private void replace(AssessmentSummary updated) {
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).employeeId() == updated.employeeId()) {
                people.set(i, updated);
            }
        }
        selected.set(updated);
        items.setAll(service.items(workspace, updated.id()));
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

    /** Abandons the selected open correction. */
    public Optional<String> abandon() {
        AssessmentSummary current = selected.get();
        if (current == null) {
            return Optional.empty();
        }
        try {
            service.abandonCorrection(workspace, current.id());
        } catch (AssessmentRuleException e) {
            return Optional.of(e.getMessage());
        }
        load();
        return Optional.empty();
    }

    /** The selected record's history as lines: original, corrections with reason, who and when. */
    public String history() {
        AssessmentSummary current = selected.get();
        if (current == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (AssessmentSummary s : service.history(workspace, current.id())) {
            String what = s.correctsId() == null ? messages.get("assessments.ui.historyOriginal")
                    : s.voided() ? messages.get("assessments.ui.historyVoid", s.correctionReason())
                    : messages.get("assessments.ui.historyCorrection", s.correctionReason());
            String result = s.voided() ? messages.get("assessments.status.VOIDED") : status(s) + " "
                    + AssessmentService.text(s.score()) + "/" + AssessmentService.text(s.maxScore()) + " "
                    + service.ratingName(s.rating());
            text.append(messages.get("assessments.ui.historyLine", RecordTime.local(s.recordedAt()), s.id(), what, result,
                    s.recordedBy(), s.closed() && !s.voided() ? messages.get("assessments.ui.signed", s.assessor(),
                            s.assessorSignedOn(), s.assesseeSignedOn()) : ""));
            if (s.attachmentId() != null) {
                service.attachment(workspace, s.attachmentId()).ifPresent(a -> text.append(messages.get(
                        "assessments.ui.historyScan", a[0], a[1])));
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    /** Records the interview of a case; returns the refusal or empty. */
    public Optional<AssessmentRuleException> recordInterview(InterviewCase c, LocalDate heldOn, String heldBy,
                                                             String note) {
        try {
            service.recordInterview(workspace, c.assessmentId(), heldOn, heldBy, note, today.get());
        } catch (AssessmentRuleException e) {
            return Optional.of(e);
        }
        load();
        return Optional.empty();
    }

    // ----------------------------------------------------------------------------------------------- texts

    public String status(AssessmentSummary s) {
        if (s.voided()) {
            return messages.get("assessments.status.VOIDED");
        }
        String status = messages.get("assessments.status." + (s.closed() ? "CLOSED" : "OPEN"));
        return s.correctsId() != null ? status + messages.get("assessments.ui.correctionMark") : status;
    }

    public String rating(Rating rating) {
        return service.ratingName(rating);
    }

    public String periodName(Period period) {
        return service.periodName(period);
    }

    public String totals(AssessmentSummary s) {
        if (s == null) {
            return "";
        }
        if (s.voided()) {
            return messages.get("assessments.status.VOIDED");
        }
        if (s.rating() != null) {
            return messages.get("assessments.ui.total", AssessmentService.text(s.score()),
                    AssessmentService.text(s.maxScore()), s.percent() + "%", rating(s.rating()));
        }
        return messages.get("assessments.ui.totalOpen", s.scoredItems(), s.items(),
                AssessmentService.text(s.score() == null ? 0.0 : s.score()), AssessmentService.text(s.maxScore()));
    }

    public String interviewState(InterviewCase c) {
        return c.done() ? messages.get("assessments.ui.interviewDone", c.heldOn().toString(), c.heldBy())
                : messages.get("assessments.ui.interviewDue");
    }

    /** The not-assessable people, one line each, for a message. */
    public String notAssessableLines() {
        StringBuilder b = new StringBuilder();
        for (NotAssessable n : notAssessable) {
            b.append(n.name()).append("（").append(n.unitPath()).append(n.postName().isEmpty() ? "" : " " + n.postName())
                    .append("）：").append(n.reason()).append('\n');
        }
        return b.toString().strip();
    }

    /** A date as typed (2026-11-28, 2026/11/28, 2026年11月28日), null when blank; throws when not a date. */
    public static LocalDate parseDate(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            return null;
        }
        Matcher m = DATE.matcher(clean);
        if (!m.matches()) {
            throw new DateTimeException(clean);
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
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
