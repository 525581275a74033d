package org.nineones.service.org;

import java.util.List;

import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.TextNormaliser;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * Org units (company / department / workshop / team) and their posts with the minimal duty list.
 * Every change is one {@code workspace.write} with its audit entry; refused changes throw
 * {@link OrgRuleException} with a sentence for the user and change nothing.
 */
public final class OrgService {

    private final Messages messages;

    public OrgService(Messages messages) {
        this.messages = messages;
    }

    public List<OrgUnit> units(Workspace workspace) {
        return workspace.read(store -> store.orgUnits().all());
    }

    /** The kind a new unit under {@code parent} gets: company → department → workshop → team. */
    public static OrgUnitKind childKind(OrgUnitKind parent) {
        if (parent == null) {
            return OrgUnitKind.COMPANY;
        }
        return switch (parent) {
            case COMPANY -> OrgUnitKind.DEPARTMENT;
            case DEPARTMENT -> OrgUnitKind.WORKSHOP;
            case WORKSHOP, TEAM -> OrgUnitKind.TEAM;
        };
    }

    /** Adds a unit under {@code parentId} (null: the company itself, allowed once). */
    public OrgUnit addUnit(Workspace workspace, Long parentId, String name, OrgUnitKind kind) {
        String clean = requireName(name);
        return workspace.write(store -> {
            if (parentId == null && store.orgUnits().root().isPresent()) {
                throw new OrgRuleException(messages.get("org.error.secondRoot"));
            }
            requireUniqueUnitName(store, parentId, clean, null);
            int order = (int) store.orgUnits().all().stream()
                    .filter(u -> java.util.Objects.equals(u.parentId(), parentId)).count();
            OrgUnit unit = store.orgUnits().insert(new OrgUnit(null, parentId, clean, kind, order));
            store.audit().record("create", "org_unit", unit.id(), clean);
            return unit;
        });
    }

    public OrgUnit renameUnit(Workspace workspace, long id, String newName) {
        String clean = requireName(newName);
        return workspace.write(store -> {
            OrgUnit unit = store.orgUnits().find(id)
                    .orElseThrow(() -> new OrgRuleException(messages.get("org.error.unitGone")));
            requireUniqueUnitName(store, unit.parentId(), clean, id);
            OrgUnit renamed = new OrgUnit(unit.id(), unit.parentId(), clean, unit.kind(), unit.sortOrder());
            store.orgUnits().update(renamed);
            store.audit().record("rename", "org_unit", id, unit.name() + " → " + clean);
            return renamed;
        });
    }

    /** Deletes an empty unit; refuses one that still has child units, posts or people. */
    public void deleteUnit(Workspace workspace, long id) {
        workspace.write(store -> {
            OrgUnit unit = store.orgUnits().find(id)
                    .orElseThrow(() -> new OrgRuleException(messages.get("org.error.unitGone")));
            if (!store.orgUnits().isEmpty(id)) {
                throw new OrgRuleException(messages.get("org.error.unitNotEmpty", unit.name()));
            }
            store.grids().areas().stream().filter(a -> a.orgUnitIds().contains(id)).findFirst().ifPresent(a -> {
                throw new OrgRuleException(messages.get("grids.error.unitInGrid", unit.name(), a.name()));
            });
            store.orgUnits().delete(id);
            store.audit().record("delete", "org_unit", id, unit.name());
            return null;
        });
    }

    public List<Post> posts(Workspace workspace, long orgUnitId) {
        return workspace.read(store -> store.posts().inOrgUnit(orgUnitId));
    }

    public List<Post> allPosts(Workspace workspace) {
        return workspace.read(store -> store.posts().all());
    }

    /** Inserts a post without an id, updates one with an id. Names are unique within a unit. */
    public Post savePost(Workspace workspace, Post post) {
        String clean = requireName(post.name());
        if (post.category() == null || post.riskLevel() == null) {
            throw new OrgRuleException(messages.get("org.error.postIncomplete"));
        }
        Post cleaned = new Post(post.id(), post.orgUnitId(), clean, post.category(), post.riskLevel());
        return workspace.write(store -> {
            boolean taken = store.posts().inOrgUnit(post.orgUnitId()).stream()
                    .anyMatch(p -> p.name().equals(clean) && !p.id().equals(post.id()));
            if (taken) {
                throw new OrgRuleException(messages.get("org.error.postNameTaken", clean));
            }
            if (cleaned.id() == null) {
                Post saved = store.posts().insert(cleaned);
                store.audit().record("create", "post", saved.id(), clean);
                return saved;
            }
            store.posts().update(cleaned);
            store.audit().record("update", "post", cleaned.id(), clean);
            return cleaned;
        });
    }

    /** Deletes a post and its duties; refuses a post people still hold. */
    public void deletePost(Workspace workspace, long postId) {
        workspace.write(store -> {
            Post post = store.posts().find(postId)
                    .orElseThrow(() -> new OrgRuleException(messages.get("org.error.postGone")));
            if (store.posts().hasEmployees(postId)) {
                throw new OrgRuleException(messages.get("org.error.postHasPeople", post.name()));
            }
            if (store.posts().hasRecords(postId)) {
                throw new OrgRuleException(messages.get("org.error.postHasRecords", post.name()));
            }
            store.grids().areas().stream().filter(a -> a.postIds().contains(postId)).findFirst().ifPresent(a -> {
                throw new OrgRuleException(messages.get("grids.error.postInGrid", post.name(), a.name()));
            });
            store.posts().delete(postId);
            store.audit().record("delete", "post", postId, post.name());
            return null;
        });
    }

    public List<String> duties(Workspace workspace, long postId) {
        return workspace.read(store -> store.posts().duties(postId).stream().map(d -> d.text()).toList());
    }

    /** Replaces the post's duty list with these items, in order; blank items are refused. */
    public void replaceDuties(Workspace workspace, long postId, List<String> items) {
        List<String> clean = items.stream().map(TextNormaliser::trim).toList();
        if (clean.stream().anyMatch(String::isEmpty)) {
            throw new OrgRuleException(messages.get("org.error.blankDuty"));
        }
        workspace.write(store -> {
            Post post = store.posts().find(postId)
                    .orElseThrow(() -> new OrgRuleException(messages.get("org.error.postGone")));
            store.posts().replaceDuties(postId, clean);
            store.audit().record("update-duties", "post", postId, post.name() + ": " + clean.size());
            return null;
        });
    }

    private String requireName(String name) {
        String clean = TextNormaliser.trim(name);
        if (clean.isEmpty()) {
            throw new OrgRuleException(messages.get("org.error.nameRequired"));
        }
        return clean;
    }

    private void requireUniqueUnitName(Store store, Long parentId, String name, Long exceptId) {
        boolean taken = store.orgUnits().all().stream()
                .anyMatch(u -> java.util.Objects.equals(u.parentId(), parentId) && u.name().equals(name)
                        && !u.id().equals(exceptId));
        if (taken) {
            throw new OrgRuleException(messages.get("org.error.unitNameTaken", name));
        }
    }
}
