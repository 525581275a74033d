package org.nineones.ui.content;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.PostContent;
import org.nineones.service.content.PostContentService;
import org.nineones.store.Workspace;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.TaskRunner;

/**
 * The four kinds of the selected post's safety content, each with its versions and form. Saving, approving and
 * discarding are one service call each, in a task; unsaved edits are never dropped without asking.
 */
public final class ContentEditorViewModel {

    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final PostContentService service;
    private final Workspace workspace;
    private final Map<ContentKind, KindEditorModel> kinds = new EnumMap<>(ContentKind.class);
    private final ReadOnlyObjectWrapper<Post> post = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ContentKind> selectedKind = new SimpleObjectProperty<>(ContentKind.DUTY_LIST);
    private final StringBinding title;
    private Runnable riskLevelChanged = () -> { };
    private Runnable approved = () -> { };

    public ContentEditorViewModel(Messages messages, TaskRunner tasks, DialogService dialogs,
                                  PostContentService service, Workspace workspace) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.service = service;
        this.workspace = workspace;
        for (ContentKind kind : ContentKind.values()) {
            kinds.put(kind, new KindEditorModel(kind, messages));
        }
        title = Bindings.createStringBinding(() -> post.get() == null ? messages.get("ui.content.noPost")
                : messages.get("ui.content.title", post.get().name()), post);
    }

    /** Called after approving a risk card changed the post's risk level (the post list shows it). */
    public void onRiskLevelChanged(Runnable action) {
        this.riskLevelChanged = action;
    }

    /** Called after an approval (the gaps and the other screens show it). */
    public void onApproved(Runnable action) {
        this.approved = action;
    }

    /**
     * Shows another post's content. With unsaved edits the user is asked first: save them (to the post they
     * belong to) or discard them. When no post is selected any more (e.g. while the post list reloads, or another
     * unit is chosen), unsaved edits stay on screen with their post until another post is chosen.
     */
    public void open(Post next) {
        Post current = post.get();
        if (current != null && next != null && current.id().equals(next.id())) {
            post.set(next);
            return;
        }
        if (next == null && hasUnsavedChanges()) {
            return;
        }
        saveOrDiscardChanges(() -> load(next));
    }

    /** Reads the shown post's content again (after a template or an import changed it); ask about edits first. */
    public void reload() {
        load(post.get());
    }

    /** The post shown was deleted: its unsaved edits go with it, without asking. */
    public void postDeleted(long postId) {
        if (isShowing(postId)) {
            kinds.values().forEach(KindEditorModel::revert);
            load(null);
        }
    }

    private void load(Post next) {
        post.set(next);
        // the forms never show one post's content under another's name, not even while the next post loads
        kinds.values().forEach(k -> k.loaded(List.of()));
        if (next == null) {
            return;
        }
        long postId = next.id();
        tasks.run(messages.get("ui.task.loadContent"), progress -> {
            Map<ContentKind, List<ContentVersion>> all = new EnumMap<>(ContentKind.class);
            for (ContentKind kind : ContentKind.values()) {
                all.put(kind, service.history(workspace, postId, kind));
            }
            return all;
        }, all -> {
            if (isShowing(postId)) {
                all.forEach((kind, versions) -> kinds.get(kind).loaded(versions));
            }
        });
    }

    /**
     * With unsaved edits of any kind, asks whether to save them as drafts or throw them away, then runs
     * {@code then} (after the save has finished; not at all when saving failed or the user cancelled the question,
     * so nothing is lost). The edits of every kind are saved in one transaction.
     */
    public void saveOrDiscardChanges(Runnable then) {
        Post current = post.get();
        List<KindEditorModel> dirty = kinds.values().stream().filter(KindEditorModel::isDirty).toList();
        if (current == null || dirty.isEmpty()) {
            then.run();
            return;
        }
        String names = dirty.stream().map(k -> messages.of(k.kind())).collect(Collectors.joining("、"));
        Optional<Boolean> answer = dialogs.askSaveOrDiscard(messages.get("ui.content.unsavedTitle"),
                messages.get("ui.content.unsavedQuestion", current.name(), names),
                messages.get("ui.content.saveChanges"), messages.get("ui.content.discardChanges"));
        if (answer.isEmpty()) {
            return;
        }
        if (!answer.get()) {
            dirty.forEach(KindEditorModel::revert);
            then.run();
            return;
        }
        List<PostContent> bodies = dirty.stream().map(KindEditorModel::body).toList();
        long postId = current.id();
        tasks.run(messages.get("ui.task.saveContent"), progress -> {
            service.saveDrafts(workspace, postId, bodies);
            return bodies.size();
        }, saved -> {
            dirty.forEach(KindEditorModel::revert);
            then.run();
        });
    }

    public boolean hasUnsavedChanges() {
        return kinds.values().stream().anyMatch(KindEditorModel::isDirty);
    }

    /** Saves the selected kind's form as the post's draft (editing approved content starts a new draft). */
    public void saveDraft() {
        KindEditorModel kind = selected();
        Post current = post.get();
        if (current == null || kind.readOnlyProperty().get() || !kind.isDirty()) {
            return;
        }
        long postId = current.id();
        PostContent body = kind.body();
        tasks.run(messages.get("ui.task.saveContent"), progress -> {
            service.saveDraft(workspace, postId, body);
            return service.history(workspace, postId, kind.kind());
        }, versions -> loadedIfShowing(postId, kind, versions));
    }

    /** The earliest effective date an approval may take: that of the latest approved version, or null. */
    public LocalDate earliestEffectiveDate() {
        return selected().history().stream().filter(v -> !v.isDraft() && v.effectiveFrom() != null)
                .map(ContentVersion::effectiveFrom).max(LocalDate::compareTo).orElse(null);
    }

    /** Saves unsaved edits first, then approves the draft; refusals come back as their sentence. */
    public void approve(String approver, LocalDate effectiveFrom) {
        KindEditorModel kind = selected();
        Post current = post.get();
        if (current == null || kind.readOnlyProperty().get()) {
            return;
        }
        long postId = current.id();
        PostContent body = kind.isDirty() ? kind.body() : null;
        tasks.run(messages.get("ui.task.approveContent"), progress -> {
            service.saveAndApprove(workspace, postId, kind.kind(), body, approver, effectiveFrom);
            return service.history(workspace, postId, kind.kind());
        }, versions -> {
            loadedIfShowing(postId, kind, versions);
            if (kind.kind() == ContentKind.RISK_CARD) {
                riskLevelChanged.run();
            }
            approved.run();
        });
    }

    /**
     * Throws the draft away after confirming (approved versions stay); with only unsaved edits, throws those
     * away.
     */
    public void discard() {
        KindEditorModel kind = selected();
        Post current = post.get();
        if (current == null || kind.readOnlyProperty().get()) {
            return;
        }
        ContentVersion base = kind.baseProperty().get();
        String what = messages.of(kind.kind());
        if (base != null && base.isDraft()) {
            if (!dialogs.confirm(messages.get("ui.content.discardTitle"),
                    messages.get("ui.content.discardQuestion", current.name(), what, base.number()),
                    messages.get("ui.content.discard"))) {
                return;
            }
            long postId = current.id();
            tasks.run(messages.get("ui.task.discardContent"), progress -> {
                service.discardDraft(workspace, postId, kind.kind());
                return service.history(workspace, postId, kind.kind());
            }, versions -> loadedIfShowing(postId, kind, versions));
        } else if (kind.isDirty() && dialogs.confirm(messages.get("ui.content.discardTitle"),
                messages.get("ui.content.revertQuestion", current.name(), what),
                messages.get("ui.content.discard"))) {
            kind.revert();
        }
    }

    /**
     * Shows a version of the selected kind: an earlier one read-only, the editing base (or null) editable again.
     * Refused while there are unsaved edits (the view disables the choice then), so nothing is lost.
     */
    public void showVersion(ContentVersion version) {
        KindEditorModel kind = selected();
        if (!kind.isDirty()) {
            kind.view(version);
        }
    }

    private void loadedIfShowing(long postId, KindEditorModel kind, List<ContentVersion> versions) {
        if (isShowing(postId)) {
            kind.loaded(versions);
        }
    }

    private boolean isShowing(long postId) {
        return post.get() != null && post.get().id() == postId;
    }

    public KindEditorModel kind(ContentKind kind) {
        return kinds.get(kind);
    }

    public KindEditorModel selected() {
        return kinds.get(selectedKind.get());
    }

    public ObjectProperty<ContentKind> selectedKindProperty() {
        return selectedKind;
    }

    public ReadOnlyObjectProperty<Post> postProperty() {
        return post.getReadOnlyProperty();
    }

    public StringBinding titleProperty() {
        return title;
    }

    /** True when nothing is selected: the editor is empty and disabled. */
    public BooleanBinding noPostProperty() {
        return post.isNull();
    }
}
