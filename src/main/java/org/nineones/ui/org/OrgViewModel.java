package org.nineones.ui.org;

import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.service.org.OrgService;
import org.nineones.store.Workspace;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.TaskRunner;

/**
 * The org tree and the selected unit's posts (the selected post's content has its own editor). Every change is one service call
 * (one transaction) followed by a reload of what it touched.
 */
public final class OrgViewModel {

    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final OrgService service;
    private final Workspace workspace;

    private final ObservableList<OrgUnit> units = FXCollections.observableArrayList();
    private final ObjectProperty<OrgUnit> selectedUnit = new SimpleObjectProperty<>();
    private final ObservableList<Post> posts = FXCollections.observableArrayList();
    private final ObjectProperty<Post> selectedPost = new SimpleObjectProperty<>();
    private Long postToSelect;
    private LongConsumer postDeleted = id -> { };
    private Runnable edited = () -> { };

    public OrgViewModel(Messages messages, TaskRunner tasks, DialogService dialogs, OrgService service,
                        Workspace workspace) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.service = service;
        this.workspace = workspace;
        selectedUnit.addListener((obs, old, now) -> {
            Long select = postToSelect;
            postToSelect = null;
            loadPosts(select);
        });
    }

    public void load() {
        tasks.run(messages.get("ui.task.loadOrg"), progress -> service.units(workspace), units::setAll);
    }

    /** The kind and default name a new unit gets under the selection (the company when the tree is empty). */
    public OrgUnitKind kindOfNewUnit() {
        OrgUnit parent = selectedUnit.get();
        return units.isEmpty() || parent == null ? (units.isEmpty() ? OrgUnitKind.COMPANY : OrgUnitKind.DEPARTMENT)
                : OrgService.childKind(parent.kind());
    }

    /** Adds a unit under the selected one; with an empty tree, the company itself. */
    public void addUnit(String name) {
        Long parentId;
        if (units.isEmpty()) {
            parentId = null;
        } else {
            OrgUnit parent = selectedUnit.get() != null ? selectedUnit.get() : root();
            parentId = parent.id();
        }
        OrgUnitKind kind = kindOfNewUnit();
        tasks.run(messages.get("ui.task.saveOrg"), progress -> {
            OrgUnit added = service.addUnit(workspace, parentId, name, kind);
            return new Reloaded(service.units(workspace), added);
        }, this::reloaded);
    }

    public void renameSelectedUnit(String name) {
        OrgUnit unit = selectedUnit.get();
        if (unit == null) {
            return;
        }
        tasks.run(messages.get("ui.task.saveOrg"), progress -> {
            OrgUnit renamed = service.renameUnit(workspace, unit.id(), name);
            return new Reloaded(service.units(workspace), renamed);
        }, this::reloaded);
    }

    /** Asks for confirmation, then deletes the selected unit (the service refuses a non-empty one). */
    public void deleteSelectedUnit() {
        OrgUnit unit = selectedUnit.get();
        if (unit == null || !dialogs.confirm(messages.get("ui.org.deleteUnitTitle"),
                messages.get("ui.org.deleteUnitQuestion", unit.name()), messages.get("ui.button.delete"))) {
            return;
        }
        tasks.run(messages.get("ui.task.saveOrg"), progress -> {
            service.deleteUnit(workspace, unit.id());
            return new Reloaded(service.units(workspace), null);
        }, this::reloaded);
    }

    private record Reloaded(List<OrgUnit> units, OrgUnit select) {
    }

    private void reloaded(Reloaded r) {
        edited.run();
        units.setAll(r.units());
        selectedUnit.set(r.select() == null ? null
                : r.units().stream().filter(u -> u.id().equals(r.select().id())).findFirst().orElse(null));
    }

    private OrgUnit root() {
        return units.stream().filter(u -> u.parentId() == null).findFirst().orElse(units.get(0));
    }

    public void savePost(Post post) {
        tasks.run(messages.get("ui.task.savePost"), progress -> service.savePost(workspace, post), saved -> {
            edited.run();
            loadPosts(saved.id());
        });
    }

    public void deleteSelectedPost() {
        Post post = selectedPost.get();
        if (post == null || !dialogs.confirm(messages.get("ui.org.deletePostTitle"),
                messages.get("ui.org.deletePostQuestion", post.name()), messages.get("ui.button.delete"))) {
            return;
        }
        tasks.run(messages.get("ui.task.savePost"), progress -> {
            service.deletePost(workspace, post.id());
            return post;
        }, deleted -> {
            edited.run();
            postDeleted.accept(deleted.id());
            loadPosts(null);
        });
    }

    private void loadPosts(Long select) {
        OrgUnit unit = selectedUnit.get();
        if (unit == null) {
            posts.clear();
            selectedPost.set(null);
            return;
        }
        tasks.run(messages.get("ui.task.loadPosts"), progress -> service.posts(workspace, unit.id()), loaded -> {
            posts.setAll(loaded);
            selectedPost.set(loaded.stream().filter(p -> Objects.equals(p.id(), select)).findFirst().orElse(null));
        });
    }

    /**
     * Selects a post wherever it is in the tree (e.g. from the gaps view): its unit is selected and, once that
     * unit's posts are loaded, the post.
     */
    public void showPost(long postId) {
        tasks.run(messages.get("ui.task.loadPosts"), progress -> new Snapshot(service.units(workspace),
                service.allPosts(workspace)), read -> {
            Post post = read.posts().stream().filter(p -> p.id() == postId).findFirst().orElse(null);
            if (post == null) {
                return;
            }
            if (units.stream().noneMatch(u -> u.id() == post.orgUnitId())) {
                units.setAll(read.units()); // a unit made since the tree was read (an import)
            }
            OrgUnit unit = units.stream().filter(u -> u.id() == post.orgUnitId()).findFirst().orElse(null);
            if (unit == null) {
                return;
            }
            if (unit.equals(selectedUnit.get())) {
                loadPosts(postId);
            } else {
                postToSelect = postId;
                selectedUnit.set(unit);
            }
        });
    }

    /** The units and the selected unit's posts as read in one task. */
    private record Snapshot(List<OrgUnit> units, List<Post> posts) {
    }

    /**
     * Reads the tree and the selected unit's posts again (something else changed them: an import, an approval),
     * keeping the selected unit and post where they still exist.
     */
    public void reload() {
        OrgUnit unit = selectedUnit.get();
        Post post = selectedPost.get();
        Long unitId = unit == null ? null : unit.id();
        Long postId = post == null ? null : post.id();
        tasks.run(messages.get("ui.task.loadOrg"), progress -> new Snapshot(service.units(workspace),
                unitId == null ? List.of() : service.posts(workspace, unitId)), snapshot -> {
                    units.setAll(snapshot.units());
                    OrgUnit selected = selectedUnit.get();
                    if (selected != null && !selected.id().equals(unitId)) {
                        return; // another unit was chosen meanwhile (e.g. a post shown from the gaps view)
                    }
                    OrgUnit now = snapshot.units().stream().filter(u -> u.id().equals(unitId)).findFirst()
                            .orElse(null);
                    if (!Objects.equals(now, selectedUnit.get())) {
                        postToSelect = postId;
                        selectedUnit.set(now);
                        return;
                    }
                    if (now != null) {
                        posts.setAll(snapshot.posts());
                        selectedPost.set(snapshot.posts().stream().filter(p -> Objects.equals(p.id(), postId))
                                .findFirst().orElse(null));
                    }
                });
    }

    /** Called after this screen changed a unit or a post (other screens that show their names read them again). */
    public void onEdited(Runnable action) {
        this.edited = action;
    }

    /** Called with a post's id once it has been deleted (its content editor forgets it). */
    public void onPostDeleted(LongConsumer action) {
        this.postDeleted = action;
    }

    /** Reloads the selected unit's posts, keeping the selected post (e.g. after its risk level changed). */
    public void reloadPosts() {
        Post post = selectedPost.get();
        loadPosts(post == null ? null : post.id());
    }

    public ObservableList<OrgUnit> units() {
        return units;
    }

    public ObjectProperty<OrgUnit> selectedUnitProperty() {
        return selectedUnit;
    }

    public ObservableList<Post> posts() {
        return posts;
    }

    public ObjectProperty<Post> selectedPostProperty() {
        return selectedPost;
    }
}
