package org.nineones.ui.readiness;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.nineones.app.FailureLog;
import org.nineones.model.Messages;
import org.nineones.model.RecordTime;
import org.nineones.model.UserFacing;
import org.nineones.model.acceptance.Charge;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Evidence;
import org.nineones.model.acceptance.JudgementDraft;
import org.nineones.model.acceptance.LineJudgement;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.Verdict;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordFilter;
import org.nineones.service.acceptance.JudgementService;
import org.nineones.service.acceptance.JudgementService.LineJudgements;
import org.nineones.service.acceptance.ReadinessService;
import org.nineones.service.records.DutyRecordService;
import org.nineones.store.Workspace;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.ErrorMessages;
import org.nineones.ui.common.TaskRunner;
import org.slf4j.LoggerFactory;

/**
 * The judgement dialog's state: the line and what the records show, the verdict with its points, the note, who
 * judges, the records of duty performance to rest on (checked, filtered to the line's item), the line's history, and
 * the refusal of the last save. Reads and the write run through the task runner.
 */
public final class JudgementViewModel {

    /** One record of duty performance in the dialog's list, checked when the judgement rests on it. */
    public static final class RecordChoice {
        private final DutyRecord record;
        private final BooleanProperty selected = new SimpleBooleanProperty();

        RecordChoice(DutyRecord record, boolean selected) {
            this.record = record;
            this.selected.set(selected);
        }

        public DutyRecord record() {
            return record;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }
    }

    /** What the dialog shows of the line, read in the background. */
    record Loaded(LineJudgements line, LineScore score, List<DutyRecord> records) {
    }

    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ErrorMessages errors;
    private final JudgementService judgements;
    private final ReadinessService readiness;
    private final DutyRecordService records;
    private final Workspace workspace;
    private final ChecklistTemplate template;
    private final String lineId;

    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final StringProperty points = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty judgedBy = new SimpleStringProperty("");
    private final BooleanProperty onlyItem = new SimpleBooleanProperty(true);
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<RecordChoice> allRecords = FXCollections.observableArrayList();
    private final ObservableList<RecordChoice> shownRecords = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Loaded loaded;

    public JudgementViewModel(Messages messages, TaskRunner tasks, DialogService dialogs, ErrorMessages errors,
                              JudgementService judgements, ReadinessService readiness, DutyRecordService records,
                              Workspace workspace, ChecklistTemplate template, String lineId) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.errors = errors;
        this.judgements = judgements;
        this.readiness = readiness;
        this.records = records;
        this.workspace = workspace;
        this.template = template;
        this.lineId = lineId;
        onlyItem.addListener((obs, old, now) -> filter());
    }

    /** Reads the line, its history, today's score of it and the records of duty performance, then calls {@code then}. */
    public void load(Runnable then) {
        tasks.run(messages.get("judgement.ui.loading"), progress -> {
            LineJudgements line = judgements.line(workspace, template, lineId);
            LocalDate today = LocalDate.now();
            LineScore score = readiness.assess(workspace, template, today, today).lines().stream()
                    .filter(l -> l.id().equals(line.line().id())).findFirst().orElse(null);
            return new Loaded(line, score, inForce(records.list(workspace, RecordFilter.ALL)));
        }, result -> {
            apply(result);
            then.run();
        });
    }

    private void apply(Loaded result) {
        loaded = result;
        LineJudgement current = result.line().current().orElse(null);
        List<Long> chosen = current == null ? List.of() : current.recordIds();
        verdict.set(current == null ? Verdict.NOT_JUDGED : current.verdict());
        points.set(current == null || current.points() == null ? "" : Points.text(current.points()));
        note.set(current == null ? "" : current.note());
        // the person who judged the line last is the one most likely to judge it again
        judgedBy.set(result.line().history().isEmpty() ? "" : result.line().history().get(0).judgedBy());
        allRecords.setAll(result.records().stream().map(r -> new RecordChoice(r, chosen.contains(r.id()))).toList());
        filter();
        history.setAll(result.line().history().stream().map(this::historyLine).toList());
    }

    private static List<DutyRecord> inForce(List<DutyRecord> all) {
        return all.stream().filter(r -> r.status() == DutyRecord.Status.IN_FORCE).toList();
    }

    private void filter() {
        if (loaded == null) {
            return;
        }
        int item = line().item();
        shownRecords.setAll(allRecords.stream().filter(c -> !onlyItem.get() || c.selectedProperty().get()
                || c.record().item() != null && c.record().item().number() == item).toList());
    }

    /** After a record was added through the records dialog: reads the records again, the new one checked. */
    public void recordAdded(DutyRecord added) {
        Set<Long> chosen = new java.util.HashSet<>(chosenRecordIds());
        chosen.add(added.id());
        tasks.run(messages.get("judgement.ui.loading"), progress -> inForce(records.list(workspace, RecordFilter.ALL)),
                list -> {
                    allRecords.setAll(list.stream().map(r -> new RecordChoice(r, chosen.contains(r.id()))).toList());
                    filter();
                });
    }

    public ChecklistLine line() {
        return loaded.line().line();
    }

    /** The verdicts this line takes, in order. */
    public List<Verdict> verdicts() {
        return JudgementService.verdicts(line());
    }

    public String verdictText(Verdict v) {
        return messages.of(v);
    }

    /** 检查项 9.1 · 9 一套公示与档案 · 5 分 · 证据 M */
    public String heading() {
        ChecklistLine l = line();
        String pts = l.veto().type().withoutPoints() ? messages.get("judgement.ui.vetoLine")
                : messages.get("judgement.ui.points", Points.text(l.pointsOrZero()));
        return messages.get("judgement.ui.heading", l.id(), records.itemName(
                org.nineones.model.acceptance.NineItem.ofNumber(l.item())), pts, l.evidence().code());
    }

    public String criterion() {
        return line().criterion();
    }

    public String rule() {
        return line().rule();
    }

    public String evidenceText() {
        return messages.get(switch (line().evidence()) {
            case AUTOMATIC -> "judgement.ui.evidenceA";
            case MANUAL -> "judgement.ui.evidenceM";
            case CONFIRMED -> "judgement.ui.evidenceAM";
        });
    }

    /** For an A+M line, what the records show today: the points they would deduct and why; empty otherwise. */
    public String recordsShow() {
        LineScore s = loaded.score();
        if (line().evidence() != Evidence.CONFIRMED || s == null) {
            return "";
        }
        List<Charge> charges = s.charges();
        BigDecimal byRecords = charges.stream().map(Charge::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        StringBuilder text = new StringBuilder(charges.isEmpty() ? messages.get("judgement.ui.recordsNothing")
                : messages.get("judgement.ui.recordsCharges", charges.size(), Points.text(byRecords)));
        charges.stream().limit(8).forEach(c -> text.append('\n').append("· ").append(c.what()));
        if (charges.size() > 8) {
            text.append('\n').append(messages.get("judgement.ui.recordsMore", charges.size() - 8));
        }
        return text.toString();
    }

    /** A sentence when the judgement in force no longer fits the template (it is scored as not judged). */
    public String misfit() {
        return loaded.line().fits() ? "" : messages.get("judgement.ui.misfit", template.name(), template.version());
    }

    public String itemFilterText() {
        return messages.get("judgement.ui.onlyItem", records.itemName(
                org.nineones.model.acceptance.NineItem.ofNumber(line().item())));
    }

    /** A record as the list shows it: #12 2026-11-05 会议纪要 标题（附件 2 个）. */
    public String recordLabel(RecordChoice c) {
        DutyRecord r = c.record();
        return messages.get("judgement.ui.record", String.valueOf(r.id()), r.date().toString(),
                messages.of(r.kind()), r.title(), r.attachments().size());
    }

    private String historyLine(LineJudgement j) {
        return messages.get("judgement.ui.historyLine", RecordTime.local(j.judgedAt()),
                judgements.verdictText(j.verdict(), j.points()), j.judgedBy(), j.note(),
                j.recordIds().isEmpty() ? "" : messages.get("judgement.cli.records", String.join(" ",
                        j.recordIds().stream().map(id -> "#" + id).toList())));
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public StringProperty pointsProperty() {
        return points;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty judgedByProperty() {
        return judgedBy;
    }

    public BooleanProperty onlyItemProperty() {
        return onlyItem;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<RecordChoice> shownRecords() {
        return shownRecords;
    }

    public ObservableList<String> history() {
        return history;
    }

    /** True when the verdict takes points (the points field is enabled). */
    public BooleanBinding withPoints() {
        return Bindings.createBooleanBinding(() -> verdict.get() != null && verdict.get().withPoints(), verdict);
    }

    /** True when the OK button may be pressed: a verdict is chosen and nothing is being written. */
    public BooleanBinding valid() {
        return Bindings.createBooleanBinding(() -> verdict.get() != null && !busy.get(), verdict, busy);
    }

    private List<Long> chosenRecordIds() {
        return allRecords.stream().filter(c -> c.selectedProperty().get()).map(c -> c.record().id()).toList();
    }

    /**
     * Records the judgement in the background; {@code onSaved} runs on the FX thread once written. A refusal is put
     * in {@link #errorProperty()} (the dialog stays open); any other failure goes to the task runner's error dialog.
     */
    public void save(Consumer<LineJudgement> onSaved) {
        BigDecimal given = null;
        Verdict v = verdict.get();
        if (v != null && v.withPoints() && !points.get().isBlank()) {
            try {
                given = new BigDecimal(points.get().strip());
            } catch (NumberFormatException e) {
                error.set(messages.get("judgement.ui.pointsNumber", points.get().strip()));
                return;
            }
        }
        JudgementDraft draft = new JudgementDraft(v, v != null && v.withPoints() ? given : null, note.get(),
                judgedBy.get(), new ArrayList<>(chosenRecordIds()));
        error.set("");
        busy.set(true);
        String title = messages.get("judgement.ui.saving");
        tasks.run(title, progress -> {
            try {
                return new Outcome(judgements.judge(workspace, template, lineId, draft), null, null);
            } catch (RuntimeException e) {
                return e instanceof UserFacing ? new Outcome(null, e.getMessage(), null) : new Outcome(null, null, e);
            }
        }, outcome -> {
            busy.set(false);
            if (outcome.refusal() != null) {
                error.set(outcome.refusal());
            } else if (outcome.failure() != null) {
                FailureLog.log(LoggerFactory.getLogger(JudgementViewModel.class), title, outcome.failure());
                dialogs.showError(title, errors.describe(title, outcome.failure()));
            } else {
                onSaved.accept(outcome.saved());
            }
        });
    }

    /** What a save came to: the judgement written, a refusal's sentence, or a failure. */
    private record Outcome(LineJudgement saved, String refusal, RuntimeException failure) {
    }
}
