package org.nineones.ui.rewards;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.nineones.model.RecordTime;
import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.model.rewards.EntryDraft;
import org.nineones.model.rewards.RewardKind;
import org.nineones.model.rewards.RewardRule;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.rewards.DutyChoice;
import org.nineones.service.rewards.EntryRow;
import org.nineones.service.rewards.FieldProblem;
import org.nineones.service.rewards.RewardsNotice;
import org.nineones.service.rewards.RewardsService;
import org.nineones.service.rewards.TotalRow;
import org.nineones.service.rewards.TotalsBy;
import org.nineones.store.Workspace;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.TaskRunner;
import org.nineones.ui.output.OutputActions;

/**
 * The 奖惩 screen's state and actions: the ledger filtered by days, kind and a search text; totals grouped by person,
 * unit or month over the same days; the rules. Reads and writes run through the task runner.
 */
public final class RewardsViewModel {

    /** A person or an org unit as the pickers show them. */
    public record Choice(Long employeeId, Long unitId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final RewardsService service;
    private final Workspace workspace;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<RewardKind> kind = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<TotalsBy> totalsBy = new SimpleObjectProperty<>(TotalsBy.PERSON);
    private final StringProperty count = new SimpleStringProperty("");
    private final StringProperty period = new SimpleStringProperty("");
    private final IntegerProperty publicityDays = new SimpleIntegerProperty(RewardsNotice.DEFAULT_PUBLICITY_DAYS);
    private final ObservableList<EntryRow> entries = FXCollections.observableArrayList();
    private final ObservableList<TotalRow> totals = FXCollections.observableArrayList();
    private final ObservableList<RewardRule> rules = FXCollections.observableArrayList();
    /** Counts reloads, so a slower earlier one (typing fast in the search) never overwrites a later one. */
    private long generation;

    public RewardsViewModel(Messages messages, TaskRunner tasks, DialogService dialogs, RewardsService service,
                            Workspace workspace) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.service = service;
        this.workspace = workspace;
        LocalDate today = service.today();
        from.set(today.withDayOfYear(1));
        to.set(today);
        period.set(YearMonth.from(today).toString());
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<RewardKind> kindProperty() {
        return kind;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<TotalsBy> totalsByProperty() {
        return totalsBy;
    }

    public StringProperty countProperty() {
        return count;
    }

    public StringProperty periodProperty() {
        return period;
    }

    public IntegerProperty publicityDaysProperty() {
        return publicityDays;
    }

    public ObservableList<EntryRow> entries() {
        return entries;
    }

    public ObservableList<TotalRow> totals() {
        return totals;
    }

    public ObservableList<RewardRule> rules() {
        return rules;
    }

    public Messages messages() {
        return messages;
    }

    public RewardsService service() {
        return service;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Reads the ledger, the totals and the rules again. */
    public void reload() {
        RewardsService.Filter filter = new RewardsService.Filter(from.get(), to.get(), kind.get(), search.get());
        TotalsBy by = totalsBy.get() == null ? TotalsBy.PERSON : totalsBy.get();
        record Loaded(List<EntryRow> entries, List<TotalRow> totals, List<RewardRule> rules) {
        }
        long asked = ++generation;
        tasks.run(messages.get("rewards.ui.loading"), progress -> new Loaded(service.entries(workspace, filter),
                service.totals(workspace, filter.from(), filter.to(), by), service.rules(workspace)), loaded -> {
                    if (asked != generation) {
                        return;
                    }
                    entries.setAll(loaded.entries());
                    totals.setAll(loaded.totals());
                    rules.setAll(loaded.rules());
                    count.set(messages.get("rewards.ui.count", loaded.entries().size()));
                });
    }

    /** The people and the org units, as the registration dialog's pickers show them. */
    public record Choices(List<Choice> people, List<Choice> units) {
    }

    /** Reads the people and the org units (in the task runner), then hands them to {@code then}. */
    public void choices(Consumer<Choices> then) {
        tasks.run(messages.get("rewards.ui.loading"), progress -> service.subjects(workspace), subjects -> {
            var paths = subjects.unitPaths();
            List<Choice> people = new ArrayList<>();
            for (Employee e : subjects.people()) {
                String number = e.employeeNumber() == null || e.employeeNumber().isBlank() ? ""
                        : "（" + e.employeeNumber() + "）";
                String unit = e.orgUnitId() == null ? "" : " — " + paths.getOrDefault(e.orgUnitId(), "");
                people.add(new Choice(e.id(), null, e.name() + number + unit));
            }
            List<Choice> units = subjects.units().stream().map(u -> new Choice(null, u.id(), paths.get(u.id())))
                    .toList();
            then.accept(new Choices(people, units));
        });
    }

    /** Reads the duties a person's entry may name on a day (in the task runner), then hands them to {@code then}. */
    public void duties(Long employeeId, LocalDate day, Consumer<List<DutyChoice>> then) {
        if (employeeId == null) {
            then.accept(List.of());
            return;
        }
        LocalDate on = day == null ? service.today() : day;
        tasks.run(messages.get("rewards.ui.loading"), progress -> service.dutyChoices(workspace, employeeId, on),
                then);
    }

    /** Checks a draft against the rules and the roster (in the task runner); the problems go to {@code then}. */
    public void check(EntryDraft draft, Consumer<List<FieldProblem>> then) {
        tasks.run(messages.get("rewards.ui.loading"), progress -> service.check(workspace, draft), then);
    }

    public void record(EntryDraft draft) {
        tasks.run(messages.get("rewards.ui.record"), progress -> service.record(workspace, draft), saved -> reload());
    }

    public void correct(long entryId, EntryDraft draft, String reason) {
        tasks.run(messages.get("rewards.ui.correct"), progress -> service.correct(workspace, entryId, draft, reason),
                saved -> reload());
    }

    /** Asks for the reason, then withdraws the entry (a voided correction). */
    public void withdraw(EntryRow row) {
        dialogs.askText(messages.get("rewards.ui.withdraw"), messages.get("rewards.ui.withdrawReason",
                row.subject(), row.entry().reason()), "").ifPresent(reason -> tasks.run(
                messages.get("rewards.ui.withdraw"), progress -> service.withdraw(workspace, row.entry().id(), reason),
                saved -> reload()));
    }

    /**
     * Reads the entry's history (in the task runner) and hands it to {@code then} as text: the original, then each
     * correction with its reason, who and when.
     */
    public void history(EntryRow row, Consumer<String> then) {
        tasks.run(messages.get("rewards.ui.history"), progress -> service.history(workspace, row.entry().id()),
                chain -> then.accept(historyText(chain)));
    }

    private String historyText(List<EntryRow> chain) {
        StringBuilder text = new StringBuilder();
        for (EntryRow r : chain) {
            var e = r.entry();
            String what = messages.get("rewards.ui.historyLine", e.occurredOn().toString(), r.subject(),
                    service.kindName(e.kind()), e.reason(), amount(e.amount()), amount(e.points()), e.approvedBy());
            String head = !e.isCorrection() ? messages.get("rewards.ui.historyOriginal", e.recordedBy(), RecordTime.local(e.recordedAt()))
                    : e.voided() ? messages.get("rewards.ui.historyVoided", e.recordedBy(), RecordTime.local(e.recordedAt()),
                    e.correctionReason())
                    : messages.get("rewards.ui.historyCorrected", e.recordedBy(), RecordTime.local(e.recordedAt()),
                    e.correctionReason());
            text.append(head).append('\n').append("    ").append(what).append('\n');
        }
        return text.toString().strip();
    }

    public void showHistory(EntryRow row) {
        history(row, text -> dialogs.showInfo(messages.get("rewards.ui.history"), text));
    }

    // ---- rules

    public void loadDefaultRules() {
        tasks.run(messages.get("rewards.ui.loadDefaults"), progress -> service.loadDefaultRules(workspace), added -> {
            reload();
            dialogs.showInfo(messages.get("rewards.ui.loadDefaults"), messages.get("rewards.ui.defaultsLoaded", added));
        });
    }

    public void saveRule(RewardRule rule) {
        tasks.run(messages.get("rewards.ui.rules"), progress -> service.saveRule(workspace, rule), saved -> reload());
    }

    /** Deactivates an active rule, activates an inactive one. */
    public void toggleRule(RewardRule rule) {
        tasks.run(messages.get("rewards.ui.rules"), progress -> service.setRuleActive(workspace, rule.id(),
                !rule.active()), saved -> reload());
    }

    // ---- spreadsheets and printing

    /** Prints the publicity sheet of the period and publicity days chosen now, when the preview asks for it. */
    public OutputActions.PdfMaker noticeMaker() {
        String asked = period.get();
        int days = publicityDays.get();
        return (out, progress) -> new RewardsNotice(service).withPublicityDays(days).print(workspace,
                new RecordPrintRequest(null, null, null, asked, null, false, service.today()), out, progress);
    }

    public String amount(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.2f", value);
    }
}
