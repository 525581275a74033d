package org.nineones.service.grids;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nineones.model.Employee;
import org.nineones.model.Enterprise;
import org.nineones.model.OrgPaths;
import org.nineones.model.Post;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.RiskCard;
import org.nineones.model.grids.GridArea;
import org.nineones.model.grids.GridRules;
import org.nineones.store.Workspace;

/**
 * What the grid's printouts (网格责任公示牌, 网格图) need, read in one transaction: the enterprise, every area (parents
 * first), the people, the posts, the org units' printed paths and each post's approved risk card in force on the day.
 * Level, risk level and missing roles are {@link GridRules}'; this only looks things up and joins them for paper.
 */
record GridSheet(Enterprise enterprise, List<GridArea> areas, Map<Long, Employee> employees, Map<Long, Post> posts,
                 Map<Long, String> unitPaths, Map<Long, RiskCard> riskCards) {

    static GridSheet read(Workspace workspace, LocalDate day) {
        return workspace.read(store -> {
            Map<Long, RiskCard> cards = store.content().inForce(ContentKind.RISK_CARD, day).entrySet().stream()
                    .filter(e -> e.getValue().body() instanceof RiskCard)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> (RiskCard) e.getValue().body()));
            return new GridSheet(store.enterprise().get(), store.grids().areas(),
                    store.employees().all().stream().collect(Collectors.toMap(Employee::id, Function.identity())),
                    store.posts().all().stream().collect(Collectors.toMap(Post::id, Function.identity())),
                    OrgPaths.printed(store.orgUnits().all()), cards);
        });
    }

    int level(GridArea area) {
        return GridRules.level(area, areas);
    }

    /** The area's risk level ({@link GridRules#riskLevel}); {@code null} when it has none. */
    RiskLevel riskLevel(GridArea area) {
        return GridRules.riskLevel(area, posts);
    }

    List<GridRules.Role> missing(GridArea area) {
        return GridRules.missing(area, employees);
    }

    /** The names from the enterprise down to the area: 滨州示例化工有限公司 / 罐区 / 1号罐组. */
    List<String> path(GridArea area) {
        List<String> names = new ArrayList<>();
        GridArea at = area;
        for (int guard = 0; at != null && guard <= GridRules.MAX_LEVEL; guard++) {
            names.add(0, at.name());
            Long parent = at.parentId();
            at = parent == null ? null : areas.stream().filter(a -> Objects.equals(a.id(), parent)).findFirst()
                    .orElse(null);
        }
        return names;
    }

    /** The employee in a role, unless unset or unknown (a person who left is still named, marked by the caller). */
    Employee person(Long id) {
        return id == null ? null : employees.get(id);
    }

    /** The name of a person's post, or empty. */
    String postName(Employee e) {
        Post post = e == null || e.postId() == null ? null : posts.get(e.postId());
        return post == null ? "" : post.name();
    }

    /** A person's post with its org unit (储运部 / 罐区班 罐区操作工), or empty. */
    String postWithUnit(Employee e) {
        Post post = e == null || e.postId() == null ? null : posts.get(e.postId());
        if (post == null) {
            return "";
        }
        String unit = unitPaths.getOrDefault(post.orgUnitId(), "");
        return unit.isEmpty() || unit.equals(enterprise.name()) ? post.name() : unit + "\u3000" + post.name();
    }

    /** True when other areas sit below this one. */
    boolean hasAreasBelow(GridArea area) {
        return areas.stream().anyMatch(a -> Objects.equals(a.parentId(), area.id()));
    }

    /** The area's posts grouped by their org unit, in the area's order: 生产二车间：车间主任、班长. */
    List<String> postLabels(GridArea area) {
        Map<String, List<String>> byUnit = new LinkedHashMap<>();
        area.postIds().stream().map(posts::get).filter(Objects::nonNull).forEach(p -> byUnit
                .computeIfAbsent(unitPaths.getOrDefault(p.orgUnitId(), ""), k -> new ArrayList<>()).add(p.name()));
        return byUnit.entrySet().stream().map(e -> (e.getKey().isEmpty() ? "" : e.getKey() + "：")
                + String.join("、", e.getValue())).toList();
    }

    List<String> unitLabels(GridArea area) {
        return area.orgUnitIds().stream().map(unitPaths::get).filter(Objects::nonNull).toList();
    }

    /**
     * The hazards of the approved risk cards in force of the area's posts, each once, in the order of the posts and
     * the cards; an area with no posts of its own takes those of the areas below it.
     */
    List<String> hazards(GridArea area) {
        Set<String> hazards = new LinkedHashSet<>();
        for (Long post : postsFor(area)) {
            RiskCard card = riskCards.get(post);
            if (card != null) {
                hazards.addAll(card.hazards());
            }
        }
        return List.copyOf(hazards);
    }

    /** True when the area's hazards come from the areas below it (it has no posts of its own). */
    boolean hazardsFromBelow(GridArea area) {
        return area.postIds().isEmpty();
    }

    private List<Long> postsFor(GridArea area) {
        if (!area.postIds().isEmpty()) {
            return area.postIds();
        }
        Set<Long> below = new LinkedHashSet<>();
        for (GridArea a : areas) {
            if (!a.isRoot() && isBelow(a, area)) {
                below.addAll(a.postIds());
            }
        }
        return List.copyOf(below);
    }

    private boolean isBelow(GridArea a, GridArea ancestor) {
        Long parent = a.parentId();
        for (int guard = 0; parent != null && guard <= GridRules.MAX_LEVEL; guard++) {
            if (parent.equals(ancestor.id())) {
                return true;
            }
            Long p = parent;
            parent = areas.stream().filter(x -> Objects.equals(x.id(), p)).findFirst().map(GridArea::parentId)
                    .orElse(null);
        }
        return false;
    }
}
