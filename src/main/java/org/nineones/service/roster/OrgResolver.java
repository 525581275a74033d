package org.nineones.service.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.OrgPaths;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;

/**
 * Places roster rows in the org tree: company root (named after the enterprise) → the department, workshop and team
 * columns' units, top down. Any of them may be a path in one cell ("生产部/合成车间/甲班", "生产部-合成车间",
 * "生产部＞合成车间"), one unit per level, a leading company name left out. A unit's kind is told by its name where
 * the name says it (…车间/分厂: workshop; …班/班组: team; …部/科/室/处/中心: department), else by its column. A post
 * belongs to the deepest unit that is no team (or the root). Units and posts that do not exist yet are made through
 * the {@link Sink}: simulated in a preview, inserted in a commit.
 */
final class OrgResolver {

    /** Creates what is missing; returns it with its id. */
    interface Sink {
        OrgUnit createUnit(OrgUnit unit);

        Post createPost(Post post);
    }

    /** Where a row's person goes: the deepest org unit given, and the post (null when the row names none). */
    record Placement(long orgUnitId, Long postId) {
    }

    private record UnitKey(long parentId, String name) {
    }

    private record PostKey(long orgUnitId, String name) {
    }


    private final String companyName;
    private final PostCatalog catalog;
    private final Sink sink;
    private final Map<UnitKey, OrgUnit> units = new HashMap<>();
    private final Map<Long, String> paths = new HashMap<>();
    private final Map<PostKey, Post> posts = new HashMap<>();
    private final List<String> createdUnits = new ArrayList<>();
    private final List<Post> createdPosts = new ArrayList<>();
    private OrgUnit root;
    private int nextSortOrder;

    OrgResolver(String companyName, List<OrgUnit> existingUnits, List<Post> existingPosts, PostCatalog catalog,
                Sink sink) {
        this.companyName = companyName;
        this.catalog = catalog;
        this.sink = sink;
        for (OrgUnit unit : existingUnits) {
            if (unit.parentId() == null) {
                if (root == null) {
                    root = unit;
                }
            } else {
                units.put(new UnitKey(unit.parentId(), unit.name()), unit);
            }
            nextSortOrder = Math.max(nextSortOrder, unit.sortOrder() + 1);
        }
        for (Post post : existingPosts) {
            posts.put(new PostKey(post.orgUnitId(), post.name()), post);
        }
        Map<Long, OrgUnit> byId = new HashMap<>();
        existingUnits.forEach(u -> byId.put(u.id(), u));
        existingUnits.forEach(u -> paths.put(u.id(), pathOf(u, byId)));
    }

    Placement place(PersonRow row) {
        OrgUnit company = root();
        OrgUnit postUnit = company;
        OrgUnit deepest = company;
        List<String> names = new ArrayList<>();
        List<OrgUnitKind> columnKinds = new ArrayList<>();
        for (String part : parts(row.department())) {
            names.add(part);
            columnKinds.add(OrgUnitKind.DEPARTMENT);
        }
        for (String part : parts(row.workshop())) {
            names.add(part);
            columnKinds.add(OrgUnitKind.WORKSHOP);
        }
        for (String part : parts(row.team())) {
            names.add(part);
            columnKinds.add(OrgUnitKind.TEAM);
        }
        if (!names.isEmpty() && names.get(0).equals(company.name())) {
            names.remove(0);
            columnKinds.remove(0);
        }
        for (int i = 0; i < names.size(); i++) {
            OrgUnitKind kind = kindOf(names.get(i), columnKinds.get(i));
            deepest = unit(deepest, names.get(i), kind);
            if (deepest.kind() != OrgUnitKind.TEAM) {
                postUnit = deepest;
            }
        }
        Long postId = row.post().isEmpty() ? null : post(postUnit, row.post(), row.postCategory()).id();
        return new Placement(deepest.id(), postId);
    }

    /** The unit names of one cell, top first ({@link OrgPaths#looseParts}). */
    static List<String> parts(String path) {
        return OrgPaths.looseParts(path);
    }

    /** Paths of the org units created so far, in creation order ("公司/生产部/一车间"). */
    List<String> createdUnits() {
        return List.copyOf(createdUnits);
    }

    /** Posts created so far, in creation order. */
    List<Post> createdPosts() {
        return List.copyOf(createdPosts);
    }

    String pathOf(long orgUnitId) {
        return paths.getOrDefault(orgUnitId, "");
    }

    private OrgUnit root() {
        if (root == null) {
            root = sink.createUnit(new OrgUnit(null, null, companyName, OrgUnitKind.COMPANY, nextSortOrder++));
            paths.put(root.id(), root.name());
            createdUnits.add(root.name());
        }
        return root;
    }

    static OrgUnitKind kindOf(String name, OrgUnitKind otherwise) {
        if (name.endsWith("车间") || name.endsWith("分厂")) {
            return OrgUnitKind.WORKSHOP;
        }
        if (name.length() > 1 && (name.endsWith("班") || name.endsWith("班组"))) {
            return OrgUnitKind.TEAM;
        }
        if (name.length() > 1 && (name.endsWith("部") || name.endsWith("科") || name.endsWith("室")
                || name.endsWith("处") || name.endsWith("中心"))) {
            return OrgUnitKind.DEPARTMENT;
        }
        return otherwise;
    }

    private OrgUnit unit(OrgUnit parent, String name, OrgUnitKind kind) {
        UnitKey key = new UnitKey(parent.id(), name);
        OrgUnit unit = units.get(key);
        if (unit == null) {
            unit = sink.createUnit(new OrgUnit(null, parent.id(), name, kind, nextSortOrder++));
            units.put(key, unit);
            String path = paths.get(parent.id()) + "/" + name;
            paths.put(unit.id(), path);
            createdUnits.add(path);
        }
        return unit;
    }

    private Post post(OrgUnit unit, String name, PostCategory explicit) {
        PostKey key = new PostKey(unit.id(), name);
        Post post = posts.get(key);
        if (post == null) {
            PostCatalog.Classification c = catalog.classify(name);
            PostCategory category = explicit != null ? explicit : c.category();
            post = sink.createPost(new Post(null, unit.id(), name, category,
                    explicit != null && explicit != c.category() ? catalog.defaultRisk(explicit) : c.riskLevel()));
            posts.put(key, post);
            createdPosts.add(post);
        }
        return post;
    }

    private static String pathOf(OrgUnit unit, Map<Long, OrgUnit> byId) {
        StringBuilder path = new StringBuilder(unit.name());
        OrgUnit current = unit;
        int guard = 0;
        while (current.parentId() != null && byId.containsKey(current.parentId()) && guard++ < 50) {
            current = byId.get(current.parentId());
            path.insert(0, current.name() + "/");
        }
        return path.toString();
    }
}
