package org.nineones.service.grids;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.grids.GridArea;
import org.nineones.model.grids.GridRules;
import org.nineones.service.backup.BackupHook;
import org.nineones.service.grids.GridException.Field;
import org.nineones.service.grids.GridException.Reason;
import org.nineones.service.ledger.BackedUpLedger;
import org.nineones.service.ledger.Ledger;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * The enterprise's grid (网格, issue 15): responsibility areas in up to three levels — the enterprise itself, areas,
 * sub-areas — each with a supervising (分管) and a specific (具体) responsible person, optionally a grid inspector, the
 * org units and posts that work there and a risk level. Areas are structure, like org units: edited in place, each
 * action one {@code workspace.write} with its audit entry; a refusal is a {@link GridException} and writes nothing.
 * Level, risk level and missing roles are {@link GridRules}'; the rules of a change are {@link GridCheck}'s. The grid
 * is also a sheet ({@link #ledger()}: export, import).
 */
public final class GridService {

    /** The audit entity of areas. */
    static final String AREA = "grid_area";
    /** What separates the levels of an area's path, in the sheet and on screen. */
    public static final String PATH_SEPARATOR = "/";

    private final Messages messages;
    private final Ledger ledger;

    public GridService(Messages messages, BackupHook beforeImport) {
        this.messages = messages;
        this.ledger = BackedUpLedger.around(new GridLedger(this), beforeImport);
    }

    Messages messages() {
        return messages;
    }

    /**
     * The grid as a spreadsheet (网格划分表, one row per area): exported, and imported through the ledger kit — the
     * whole sheet checked before anything is written, backed up before an import writes.
     */
    public Ledger ledger() {
        return ledger;
    }

    /** Every area, parents before their children, with level, path, risk level and missing roles. */
    public List<ListedArea> list(Workspace workspace) {
        return workspace.read(GridService::list);
    }

    static List<ListedArea> list(Store store) {
        Map<Long, Employee> employees = new HashMap<>();
        store.employees().all().forEach(e -> employees.put(e.id(), e));
        Map<Long, Post> posts = new HashMap<>();
        store.posts().all().forEach(p -> posts.put(p.id(), p));
        List<GridArea> areas = store.grids().areas();
        Map<Long, String> paths = paths(areas);
        return areas.stream().map(a -> new ListedArea(a, GridRules.level(a, areas), paths.get(a.id()),
                GridRules.riskLevel(a, posts), GridRules.missing(a, employees), person(a.supervisorId(), employees),
                person(a.responsibleId(), employees), person(a.gridInspectorId(), employees))).toList();
    }

    /**
     * The areas that lack a supervising or a specific responsible person (unset, or someone who has left): the gaps
     * the grid tab marks and the readiness view lists.
     */
    public List<ListedArea> gaps(Workspace workspace) {
        return list(workspace).stream().filter(ListedArea::isGap).toList();
    }

    /**
     * Adds an area (no id) under its parent ({@code null}: the enterprise itself, once), last among its siblings;
     * returns it with its id.
     */
    public GridArea add(Workspace workspace, GridArea area) {
        GridArea clean = clean(area, null);
        return workspace.write(store -> {
            GridCheck check = new GridCheck(messages, store);
            GridArea placed = withSortOrder(clean, siblings(check, clean.parentId(), null));
            check.check(placed, null);
            return insert(store, placed, check.areas());
        });
    }

    /**
     * Saves an area's fields, people, org units and posts as given (its id set); a changed parent moves it with its
     * sub-areas, by the same rules as {@link #move}.
     */
    public GridArea update(Workspace workspace, GridArea area) {
        if (area.id() == null) {
            throw new IllegalArgumentException("an area to update has its id");
        }
        return workspace.write(store -> {
            GridCheck check = new GridCheck(messages, store);
            GridArea before = stored(check, area.id());
            GridArea clean = clean(area, area.id());
            if (!Objects.equals(before.parentId(), clean.parentId())) {
                clean = withSortOrder(clean, siblings(check, clean.parentId(), clean.id()));
            }
            check.check(clean, before);
            save(store, before, clean, check.areas());
            return clean;
        });
    }

    /** Moves an area with its sub-areas under another parent, last among its new siblings. */
    public GridArea move(Workspace workspace, long id, Long newParentId) {
        return workspace.write(store -> {
            GridCheck check = new GridCheck(messages, store);
            GridArea before = stored(check, id);
            GridArea moved = new GridArea(before.id(), newParentId, before.name(), before.location(),
                    before.riskOverride(), before.riskReason(), before.supervisorId(), before.responsibleId(),
                    before.gridInspectorId(), siblings(check, newParentId, id), before.orgUnitIds(), before.postIds());
            check.check(moved, before);
            save(store, before, moved, check.areas());
            return moved;
        });
    }

    /** Deletes an area without sub-areas and without reports of the monthly dispatch (which are final). */
    public void delete(Workspace workspace, long id) {
        workspace.write(store -> {
            GridCheck check = new GridCheck(messages, store);
            GridArea area = stored(check, id);
            int children = check.children(id).size();
            if (children > 0) {
                throw check.refuse(Reason.HAS_SUB_AREAS, Field.AREA, "grids.error.hasSubAreas", area.name(),
                        children);
            }
            if (!store.grids().isDeletable(id)) {
                throw check.refuse(Reason.HAS_REPORTS, Field.AREA, "grids.error.hasReports", area.name());
            }
            String path = paths(check.areas()).get(id);
            store.grids().delete(id);
            store.audit().record("delete", AREA, id, path);
            return null;
        });
    }

    // ---- writing, shared with the sheet's import (inside its transaction, after the same checks)

    static GridArea insert(Store store, GridArea area, List<GridArea> grid) {
        GridArea added = store.grids().insert(area);
        List<GridArea> after = new ArrayList<>(grid);
        after.add(added);
        store.audit().record("create", AREA, added.id(), paths(after).get(added.id()));
        return added;
    }

    static void save(Store store, GridArea before, GridArea after, List<GridArea> grid) {
        store.grids().update(after);
        List<GridArea> now = new ArrayList<>(grid);
        now.removeIf(a -> a.id().equals(after.id()));
        now.add(after);
        boolean moved = !Objects.equals(before.parentId(), after.parentId());
        store.audit().record(moved ? "move" : "update", AREA, after.id(), paths(now).get(after.id()) + ": "
                + changes(before, after, paths(grid)));
    }

    /** The audit detail of an edit: each changed field as old → new. */
    static String changes(GridArea old, GridArea now, Map<Long, String> paths) {
        List<String> parts = new ArrayList<>();
        change(parts, "parent", paths.get(old.parentId()), paths.get(now.parentId()));
        change(parts, "name", old.name(), now.name());
        change(parts, "location", old.location(), now.location());
        change(parts, "risk", old.riskOverride(), now.riskOverride());
        change(parts, "reason", old.riskReason(), now.riskReason());
        change(parts, "supervisor", old.supervisorId(), now.supervisorId());
        change(parts, "responsible", old.responsibleId(), now.responsibleId());
        change(parts, "grid inspector", old.gridInspectorId(), now.gridInspectorId());
        change(parts, "org units", old.orgUnitIds(), now.orgUnitIds());
        change(parts, "posts", old.postIds(), now.postIds());
        return parts.isEmpty() ? "unchanged" : String.join("; ", parts);
    }

    private static void change(List<String> parts, String name, Object old, Object now) {
        if (!Objects.equals(old, now)) {
            parts.add(name + ": " + old + " → " + now);
        }
    }

    // ----

    /** Each area's path from the enterprise down, its names joined by {@link #PATH_SEPARATOR}. */
    static Map<Long, String> paths(List<GridArea> areas) {
        Map<Long, GridArea> byId = new HashMap<>();
        areas.forEach(a -> byId.put(a.id(), a));
        Map<Long, String> paths = new HashMap<>();
        for (GridArea area : areas) {
            List<String> names = new ArrayList<>();
            GridArea at = area;
            for (int depth = 0; at != null && depth <= areas.size(); depth++) {
                names.add(0, at.name());
                at = at.parentId() == null ? null : byId.get(at.parentId());
            }
            paths.put(area.id(), String.join(PATH_SEPARATOR, names));
        }
        return paths;
    }

    /** The area as given, cleaned: no reason without a level set by hand, org units and posts once each, sorted. */
    static GridArea clean(GridArea a, Long id) {
        return new GridArea(id, a.parentId(), a.name(), a.location(), a.riskOverride(),
                a.riskOverride() == null ? "" : a.riskReason(), a.supervisorId(), a.responsibleId(),
                a.gridInspectorId(), a.sortOrder(), a.orgUnitIds().stream().distinct().sorted().toList(),
                a.postIds().stream().distinct().sorted().toList());
    }

    static GridArea withSortOrder(GridArea a, int order) {
        return new GridArea(a.id(), a.parentId(), a.name(), a.location(), a.riskOverride(), a.riskReason(),
                a.supervisorId(), a.responsibleId(), a.gridInspectorId(), order, a.orgUnitIds(), a.postIds());
    }

    /** How many areas sit under a parent, leaving one out: the sort order of one put last there. */
    static int siblings(GridCheck check, Long parentId, Long except) {
        return (int) check.areas().stream().filter(a -> Objects.equals(a.parentId(), parentId)
                && !Objects.equals(a.id(), except)).count();
    }

    private static GridArea stored(GridCheck check, long id) {
        GridArea area = check.find(id);
        if (area == null) {
            throw check.refuse(Reason.UNKNOWN_AREA, Field.AREA, "grids.error.unknownArea", String.valueOf(id));
        }
        return area;
    }

    private static Employee person(Long id, Map<Long, Employee> employees) {
        return id == null ? null : employees.get(id);
    }
}
