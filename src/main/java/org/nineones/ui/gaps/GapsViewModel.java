package org.nineones.ui.gaps;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.model.content.ContentKind;
import org.nineones.service.content.BulkApproval;
import org.nineones.service.content.KindStatus;
import org.nineones.service.templates.OutdatedContent;
import org.nineones.service.templates.TemplateService;
import org.nineones.service.content.PostContentService;
import org.nineones.service.org.OrgService;
import org.nineones.store.Workspace;
import org.nineones.ui.common.TaskRunner;

/**
 * 缺项一览: every post with the status of its four kinds of content on today's date, the counts of gaps, and a
 * filter for the posts that have any.
 */
public final class GapsViewModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Messages messages;
    private final TaskRunner tasks;
    private final OrgService org;
    private final PostContentService content;
    private final TemplateService templates;
    /** Counts the reads asked for, so that an older read finishing last does not overwrite a newer one. */
    private long loads;
    private final Workspace workspace;
    private final Supplier<LocalDate> today;
    private final ObservableList<GapRow> rows = FXCollections.observableArrayList();
    private final FilteredList<GapRow> shown = new FilteredList<>(rows);
    private final BooleanProperty onlyGaps = new SimpleBooleanProperty(false);
    private final StringBinding counts;

    public GapsViewModel(Messages messages, TaskRunner tasks, OrgService org, PostContentService content,
                         TemplateService templates, Workspace workspace, Supplier<LocalDate> today) {
        this.messages = messages;
        this.tasks = tasks;
        this.org = org;
        this.content = content;
        this.templates = templates;
        this.workspace = workspace;
        this.today = today;
        shown.predicateProperty().bind(Bindings.createObjectBinding(
                () -> onlyGaps.get() ? GapRow::hasGap : row -> true, onlyGaps));
        counts = Bindings.createStringBinding(this::describeCounts, rows);
    }

    /** Reads the overview again (one task: posts, units and every version's status); only the latest read shows. */
    public void load() {
        LocalDate day = today.get();
        long asked = ++loads;
        tasks.run(messages.get("ui.task.loadGaps"), progress -> {
            List<OrgUnit> units = org.units(workspace);
            List<Post> posts = org.allPosts(workspace);
            Map<Long, EnumMap<ContentKind, KindStatus>> overview = content.overview(workspace, day);
            Map<Long, Map<ContentKind, OutdatedContent>> outdated = new HashMap<>();
            for (OutdatedContent o : templates.outdated(workspace)) {
                outdated.computeIfAbsent(o.postId(), k -> new EnumMap<>(ContentKind.class)).put(o.kind(), o);
            }
            return rows(units, posts, overview, outdated);
        }, loaded -> {
            if (asked == loads) {
                rows.setAll(loaded);
            }
        });
    }

    /**
     * Makes the content of a kind that lags behind a newer template the post's draft from the library's version
     * (approved versions stay as they are), then reads the overview again; {@code done} runs afterwards.
     */
    public void updateFromTemplate(GapRow row, ContentKind kind, Runnable done) {
        OutdatedContent lagging = row.outdated(kind);
        if (lagging == null) {
            return;
        }
        tasks.run(messages.get("ui.gaps.updating", lagging.templateName()), progress ->
                templates.apply(workspace, lagging.templateName(), List.of(row.postId()), Set.of(kind)), applied -> {
                    load();
                    done.run();
                });
    }

    /**
     * 批准所选: approves every draft of these posts with one approver and date; each draft is checked as a single
     * approval is, and {@code done} gets what was approved and what was refused (then the overview is read again).
     */
    public void approveDrafts(List<Long> postIds, String approver, LocalDate effectiveFrom,
                              Consumer<BulkApproval> done) {
        tasks.run(messages.get("content.bulk.task"),
                progress -> content.approveDrafts(workspace, postIds, approver, effectiveFrom), result -> {
                    load();
                    done.accept(result);
                });
    }

    /** What 批准所选 did, as the message shown: how many approved, then each refusal (which post, why). */
    public String describe(BulkApproval result) {
        StringBuilder text = new StringBuilder(messages.get("content.bulk.done", result.approved().size()));
        if (!result.refused().isEmpty()) {
            text.append('\n').append(messages.get("content.bulk.refusedHead", result.refused().size()));
            for (BulkApproval.Refusal refusal : result.refused()) {
                text.append('\n').append(refusal.kind() == null
                        ? messages.get("content.bulk.refusal", refusal.postName(), refusal.reason())
                        : messages.get("content.bulk.refusalKind", refusal.postName(), messages.of(refusal.kind()),
                        refusal.reason()));
            }
        }
        return text.toString();
    }

    /** The question asked before {@link #updateFromTemplate}: what is replaced, and that approved versions stay. */
    public String updateQuestion(GapRow row, ContentKind kind) {
        OutdatedContent lagging = row.outdated(kind);
        return lagging == null ? "" : messages.get("ui.gaps.updateQuestion", row.postName(), messages.of(kind),
                lagging.templateName(), lagging.libraryVersion());
    }

    private static List<GapRow> rows(List<OrgUnit> units, List<Post> posts,
                                     Map<Long, EnumMap<ContentKind, KindStatus>> overview,
                                     Map<Long, Map<ContentKind, OutdatedContent>> outdated) {
        Map<Long, OrgUnit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<Long, Post> postsById = new HashMap<>();
        posts.forEach(p -> postsById.put(p.id(), p));
        List<GapRow> result = new ArrayList<>();
        overview.forEach((postId, statuses) -> {
            Post post = postsById.get(postId);
            if (post != null) {
                result.add(new GapRow(postId, path(byId, post.orgUnitId()), post.name(), post.riskLevel(),
                        Map.copyOf(statuses), outdated.getOrDefault(postId, Map.of())));
            }
        });
        return result;
    }

    /** "生产部 / 合成车间": the unit and its parents below the company. */
    static String path(Map<Long, OrgUnit> units, long unitId) {
        List<String> names = new ArrayList<>();
        OrgUnit unit = units.get(unitId);
        while (unit != null) {
            if (unit.parentId() != null || names.isEmpty()) {
                names.add(0, unit.name());
            }
            unit = unit.parentId() == null ? null : units.get(unit.parentId());
        }
        return String.join(" / ", names);
    }

    /** The text of one kind of a row: its status, and the newer template version when there is one. */
    public String describe(GapRow row, ContentKind kind) {
        return describe(row, kind, "");
    }

    /**
     * The same text for a table cell: the template it came from on a line of its own, so that a narrow column (a
     * small screen) shows the status whole instead of cutting it.
     */
    public String describeInLines(GapRow row, ContentKind kind) {
        return describe(row, kind, "\n");
    }

    private String describe(GapRow row, ContentKind kind, String beforeTemplate) {
        OutdatedContent lagging = row.outdated(kind);
        String text = describe(row.status(kind), beforeTemplate);
        return lagging == null ? text : text + messages.get("ui.gaps.newerTemplate", lagging.libraryVersion());
    }

    /** The cell text of one kind's status: missing, draft only, approved (pending), in force (with draft). */
    public String describe(KindStatus status) {
        return describe(status, "");
    }

    private String describe(KindStatus status, String beforeTemplate) {
        String text = switch (status.state()) {
            case MISSING -> messages.get("ui.gaps.missing");
            case DRAFT_ONLY -> messages.get("ui.gaps.draftOnly", status.draftNumber());
            case PENDING -> messages.get("ui.gaps.pending", DAY.format(status.pendingFrom()));
            case IN_FORCE -> messages.get("ui.gaps.inForce", status.inForceNumber());
            case IN_FORCE_WITH_DRAFT -> messages.get("ui.gaps.inForceWithDraft", status.inForceNumber(),
                    status.draftNumber());
        };
        if (status.fromTemplate()) {
            text = text + beforeTemplate + messages.get("ui.gaps.template", status.templateName(),
                    status.templateVersion());
        }
        return text;
    }

    private String describeCounts() {
        int[] perKind = new int[ContentKind.values().length];
        int withGaps = 0;
        for (GapRow row : rows) {
            if (row.hasGap()) {
                withGaps++;
            }
            for (ContentKind kind : ContentKind.values()) {
                if (row.isGap(kind)) {
                    perKind[kind.ordinal()]++;
                }
            }
        }
        return messages.get("ui.gaps.counts", rows.size(), withGaps, perKind[0], perKind[1], perKind[2], perKind[3]);
    }

    public ObservableList<GapRow> rows() {
        return rows;
    }

    /** The rows shown: all, or only those with gaps. */
    public FilteredList<GapRow> shown() {
        return shown;
    }

    public BooleanProperty onlyGapsProperty() {
        return onlyGaps;
    }

    public StringBinding countsProperty() {
        return counts;
    }
}
