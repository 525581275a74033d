package org.nineones.ui.readiness;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.SelfAssessment;
import org.nineones.model.acceptance.StoredChecklist;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.acceptance.ReadinessOverview;
import org.nineones.service.acceptance.ReadinessService;
import org.nineones.service.acceptance.SelfAssessmentService;
import org.nineones.service.acceptance.checklist.ChecklistService;
import org.nineones.service.problems.OverdueMeasure;
import org.nineones.service.grids.GridService;
import org.nineones.service.grids.ListedArea;
import org.nineones.service.problems.ProblemService;
import org.nineones.store.Workspace;
import org.nineones.ui.common.TaskRunner;

/**
 * 验收准备: the checklist scored on today's records (the nine items, the deductions, what to do next), the score by
 * month since the first record, and the signed self-assessments. Every read runs in the task runner; only the
 * latest read shows (an older one finishing last is dropped). The chart is read only while it is in view, after the
 * score, in its own task, so the score shows first.
 */
public final class ReadinessViewModel {

    /** How many months the chart goes back at most. */
    static final int CHART_MONTHS = 24;

    private final Messages messages;
    private final TaskRunner tasks;
    private final ReadinessService readiness;
    private final ChecklistService checklists;
    private final SelfAssessmentService selfAssessments;
    private final Workspace workspace;
    private final Supplier<LocalDate> today;
    private final ObservableList<StoredChecklist> templates = FXCollections.observableArrayList();
    private final ObjectProperty<StoredChecklist> template = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ChecklistTemplate> shownTemplate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReadinessOverview> overview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ReadinessService.MonthScore> months = FXCollections.observableArrayList();
    private final ObservableList<SelfAssessment> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ObservableList<OverdueMeasure> overdue = FXCollections.observableArrayList();
    private final ProblemService problems;
    private final GridService grids;
    private final ObservableList<ListedArea> gridGaps = FXCollections.observableArrayList();
    /** Counts the reads asked for (read by the chart's task to stop when a newer read began). */
    private volatile long loads;
    private boolean chartShown;

    public ReadinessViewModel(Messages messages, TaskRunner tasks, ReadinessService readiness,
                              ChecklistService checklists, SelfAssessmentService selfAssessments, ProblemService problems,
                              GridService grids, Workspace workspace, Supplier<LocalDate> today) {
        this.messages = messages;
        this.problems = problems;
        this.grids = grids;
        this.tasks = tasks;
        this.readiness = readiness;
        this.checklists = checklists;
        this.selfAssessments = selfAssessments;
        this.workspace = workspace;
        this.today = today;
    }

    /** What one read brings: the checklists there are, the one scored, its reading, the self-assessments. */
    private record Loaded(List<StoredChecklist> templates, StoredChecklist chosen, ChecklistTemplate template,
                          ReadinessOverview overview, List<SelfAssessment> history, List<OverdueMeasure> overdue,
                          List<ListedArea> gridGaps, long millis) {
    }

    /**
     * Scores the chosen checklist (none chosen yet: the last one imported, else the default) on today's records,
     * then reads the chart.
     */
    public void load() {
        LocalDate day = today.get();
        long asked = ++loads;
        StoredChecklist wanted = template.get();
        state.set(messages.get("prepare.computing"));
        tasks.run(messages.get("prepare.task"), progress -> {
            long start = System.nanoTime();
            List<StoredChecklist> all = checklists.versions(workspace);
            StoredChecklist chosen = pick(all, wanted);
            ChecklistTemplate t = chosen.builtIn() ? checklists.defaultTemplate()
                    : checklists.get(workspace, chosen.name(), chosen.version());
            ReadinessOverview read = ReadinessOverview.of(t, readiness.assess(workspace, t, day, day));
            List<SelfAssessment> signed = selfAssessments.history(workspace);
            List<OverdueMeasure> late = problems.overdue(workspace, day);
            List<ListedArea> gaps = grids.gaps(workspace);
            return new Loaded(all, chosen, t, read, signed, late, gaps, (System.nanoTime() - start) / 1_000_000);
        }, loaded -> {
            if (asked != loads) {
                return;
            }
            if (!templates.equals(loaded.templates())) {
                templates.setAll(loaded.templates());
            }
            template.set(loaded.chosen());
            shownTemplate.set(loaded.template());
            overview.set(loaded.overview());
            history.setAll(loaded.history());
            overdue.setAll(loaded.overdue());
            gridGaps.setAll(loaded.gridGaps());
            state.set(messages.get("prepare.computed", day, loaded.millis()));
            if (chartShown) {
                loadChart(asked, loaded.template(), day);
            }
        });
    }

    /**
     * Whether the chart is in view: it is read (one score per month) only then — when it comes into view, and after
     * each read of the score while it stays in view.
     */
    public void chartShown(boolean shown) {
        chartShown = shown;
        ChecklistTemplate t = shownTemplate.get();
        if (shown && t != null) {
            loadChart(loads, t, today.get());
        }
    }

    private void loadChart(long asked, ChecklistTemplate t, LocalDate day) {
        tasks.run(messages.get("prepare.chartTask"), progress -> {
            // a newer read makes this chart stale: it stops at the next month, quietly
            Progress whileCurrent = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    progress.update(done, total, message);
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled() || asked != loads;
                }
            };
            try {
                return readiness.byMonth(workspace, t, day, CHART_MONTHS, whileCurrent);
            } catch (CancelledException e) {
                if (asked != loads) {
                    return null;
                }
                throw e;
            }
        }, read -> {
            if (read != null && asked == loads) {
                months.setAll(read);
            }
        });
    }

    /** The same checklist as before when it is still there; else the last one imported, else the default. */
    private static StoredChecklist pick(List<StoredChecklist> all, StoredChecklist wanted) {
        if (wanted != null) {
            for (StoredChecklist c : all) {
                if (Objects.equals(c.name(), wanted.name()) && Objects.equals(c.version(), wanted.version())) {
                    return c;
                }
            }
        }
        return all.get(all.size() - 1);
    }

    /** Scores the checklist imported last (the default when none is), as after an import. */
    public void useLatest() {
        template.set(null);
        load();
    }

    /** Scores another checklist. */
    public void choose(StoredChecklist chosen) {
        if (chosen != null && !chosen.equals(template.get())) {
            template.set(chosen);
            load();
        }
    }

    /**
     * Signs the self-assessment of the shown checklist on {@code day} by {@code signedBy}; {@code done} gets it, and
     * the view reads the workspace again. A refusal (no name, a day in the future or before the first record) is
     * shown by the task runner and nothing is written.
     */
    public void sign(String signedBy, LocalDate day, Consumer<SelfAssessment> done) {
        ChecklistTemplate t = shownTemplate.get();
        LocalDate now = today.get();
        tasks.run(messages.get("prepare.signTask"),
                progress -> selfAssessments.sign(workspace, t, day, signedBy, now), signed -> {
                    load();
                    done.accept(signed);
                });
    }

    /** Two self-assessments side by side: the earlier (by day, signing, number), the later, and their lines. */
    public record Compared(SelfAssessment earlier, SelfAssessment later,
                           List<SelfAssessmentService.LineComparison> lines) {
    }

    /** Two self-assessments line by line, whichever order they are given in. */
    public Compared compare(SelfAssessment a, SelfAssessment b) {
        boolean aFirst = SelfAssessment.ORDER.compare(a, b) <= 0;
        SelfAssessment earlier = aFirst ? a : b;
        SelfAssessment later = aFirst ? b : a;
        return new Compared(earlier, later, selfAssessments.compare(earlier, later));
    }

    public ObservableList<StoredChecklist> templates() {
        return templates;
    }

    public ReadOnlyObjectProperty<StoredChecklist> templateProperty() {
        return template;
    }

    public ReadOnlyObjectProperty<ChecklistTemplate> shownTemplateProperty() {
        return shownTemplate.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReadinessOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ObservableList<ReadinessService.MonthScore> months() {
        return months;
    }

    /** The grid's areas without both responsible persons (unset, or someone who has left). */
    public ObservableList<ListedArea> gridGaps() {
        return gridGaps;
    }

    /** The rectification measures (整改措施) overdue today, the longest overdue first. */
    public ObservableList<OverdueMeasure> overdue() {
        return overdue;
    }

    public ObservableList<SelfAssessment> history() {
        return history;
    }

    /** What the view says of its figures: being computed, or the day and the time it took. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public LocalDate today() {
        return today.get();
    }
}
