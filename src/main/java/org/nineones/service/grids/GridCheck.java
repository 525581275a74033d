package org.nineones.service.grids;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.model.TextNormaliser;
import org.nineones.model.grids.GridArea;
import org.nineones.model.grids.GridRules;
import org.nineones.service.grids.GridException.Field;
import org.nineones.service.grids.GridException.Reason;
import org.nineones.store.Store;

/**
 * The rules an area must meet against the rest of the grid, on the grid as read (and, for the sheet's import, as it
 * would be after the rows above): a name, without a slash and unique under its parent (spaces aside, as the sheet's
 * paths compare names); exactly one area at level one (the enterprise); no cycle; no fourth level, sub-areas moved
 * along counted; two different responsible persons; every person in the roster, and not left when newly named; a
 * reason for a risk level set by hand; org units and posts that exist. A refusal is a {@link GridException} with its
 * sentence. Levels come from {@link GridRules}.
 */
final class GridCheck {

    private final Messages messages;
    private final Map<Long, Employee> employees = new HashMap<>();
    private final Set<Long> units = new HashSet<>();
    private final Set<Long> posts = new HashSet<>();
    private final List<GridArea> areas;

    GridCheck(Messages messages, Store store) {
        this.messages = messages;
        store.employees().all().forEach(e -> employees.put(e.id(), e));
        store.orgUnits().all().stream().map(OrgUnit::id).forEach(units::add);
        store.posts().all().stream().map(Post::id).forEach(posts::add);
        this.areas = new ArrayList<>(store.grids().areas());
    }

    /** The grid as it stands, with what {@link #put} added or changed. */
    List<GridArea> areas() {
        return areas;
    }

    Map<Long, Employee> employees() {
        return employees;
    }

    GridArea find(Long id) {
        return id == null ? null : areas.stream().filter(a -> Objects.equals(a.id(), id)).findFirst().orElse(null);
    }

    /** The sub-areas directly below an area. */
    List<GridArea> children(Long id) {
        return areas.stream().filter(a -> a.parentId() != null && a.parentId().equals(id)).toList();
    }

    /** Puts an area (checked) into the grid kept here, replacing the one with its id. */
    void put(GridArea area) {
        areas.removeIf(a -> area.id() != null && area.id().equals(a.id()));
        areas.add(area);
    }

    /**
     * Checks an area as it would be saved: {@code before} is the area as stored ({@code null} for a new one; people
     * it named already are not refused for having left since, so the rest of an unstaffed area can still be edited).
     */
    void check(GridArea area, GridArea before) {
        String name = area.name();
        if (name.isEmpty()) {
            throw refuse(Reason.NO_NAME, Field.NAME, "grids.error.noName");
        }
        if (name.matches(".*[/／\\\\].*")) {
            throw refuse(Reason.NAME_SLASH, Field.NAME, "grids.error.nameSlash", name);
        }
        List<GridArea> after = new ArrayList<>(areas);
        after.removeIf(a -> area.id() != null && area.id().equals(a.id()));
        after.add(area);
        place(area, after);
        people(area, before);
        if (area.riskOverride() != null && area.riskReason().isEmpty()) {
            throw refuse(Reason.NO_RISK_REASON, Field.RISK, "grids.error.noRiskReason",
                    messages.of(area.riskOverride()));
        }
        for (Long unit : area.orgUnitIds()) {
            if (!units.contains(unit)) {
                throw refuse(Reason.UNKNOWN_UNIT, Field.ORG_UNITS, "grids.error.unknownUnit", String.valueOf(unit));
            }
        }
        for (Long post : area.postIds()) {
            if (!posts.contains(post)) {
                throw refuse(Reason.UNKNOWN_POST, Field.POSTS, "grids.error.unknownPost", String.valueOf(post));
            }
        }
    }

    /** Where the area sits: one root, a parent that exists, no cycle, no fourth level, a name unique there. */
    private void place(GridArea area, List<GridArea> after) {
        if (area.parentId() == null) {
            GridArea root = areas.stream().filter(a -> a.isRoot() && !Objects.equals(a.id(), area.id())).findFirst()
                    .orElse(null);
            if (root != null) {
                throw refuse(Reason.SECOND_ROOT, Field.PARENT, "grids.error.secondRoot", root.name(), area.name());
            }
            return;
        }
        GridArea parent = find(area.parentId());
        if (parent == null) {
            throw refuse(Reason.UNKNOWN_PARENT, Field.PARENT, "grids.error.unknownParent",
                    String.valueOf(area.parentId()));
        }
        if (area.id() != null) {
            Long at = area.parentId();
            for (int steps = 0; at != null && steps <= after.size(); steps++) {
                if (at.equals(area.id())) {
                    throw refuse(Reason.CYCLE, Field.PARENT, "grids.error.cycle", area.name(), parent.name());
                }
                Long up = at;
                at = after.stream().filter(a -> up.equals(a.id())).findFirst().map(GridArea::parentId).orElse(null);
            }
        }
        int deepest = GridRules.level(area, after) + height(area.id(), after);
        if (deepest > GridRules.MAX_LEVEL) {
            throw refuse(Reason.TOO_DEEP, Field.PARENT, "grids.error.tooDeep", area.name(), parent.name(), deepest);
        }
        boolean taken = areas.stream().anyMatch(a -> Objects.equals(a.parentId(), area.parentId())
                && TextNormaliser.strip(a.name()).equals(TextNormaliser.strip(area.name()))
                && !Objects.equals(a.id(), area.id()));
        if (taken) {
            throw refuse(Reason.NAME_TAKEN, Field.NAME, "grids.error.nameTaken", area.name(), parent.name());
        }
    }

    /** How many levels of sub-areas hang below an area (0 for none); the grid has no cycle by now. */
    private static int height(Long id, List<GridArea> all) {
        return id == null ? 0 : height(id, all, 0);
    }

    private static int height(Long id, List<GridArea> all, int depth) {
        int below = 0;
        for (GridArea a : all) {
            if (id.equals(a.parentId()) && depth <= all.size()) {
                below = Math.max(below, 1 + (a.id() == null ? 0 : height(a.id(), all, depth + 1)));
            }
        }
        return below;
    }

    private void people(GridArea area, GridArea before) {
        if (area.supervisorId() != null && area.supervisorId().equals(area.responsibleId())) {
            Employee e = employees.get(area.supervisorId());
            throw refuse(Reason.SAME_PERSON, Field.RESPONSIBLE, "grids.error.samePerson",
                    e == null ? String.valueOf(area.supervisorId()) : e.name());
        }
        person(area.supervisorId(), before == null ? null : before.supervisorId(), Field.SUPERVISOR,
                messages.of(GridRules.Role.SUPERVISOR));
        person(area.responsibleId(), before == null ? null : before.responsibleId(), Field.RESPONSIBLE,
                messages.of(GridRules.Role.RESPONSIBLE));
        person(area.gridInspectorId(), before == null ? null : before.gridInspectorId(),
                Field.GRID_INSPECTOR, messages.get("grids.role.gridInspector"));
    }

    private void person(Long id, Long before, Field field, String role) {
        if (id == null) {
            return;
        }
        Employee e = employees.get(id);
        if (e == null) {
            throw refuse(Reason.UNKNOWN_PERSON, field, "grids.error.unknownPerson", role, String.valueOf(id));
        }
        if (e.status() == EmployeeStatus.LEFT && !id.equals(before)) {
            throw refuse(Reason.PERSON_LEFT, field, "grids.error.personLeft", role, e.name(),
                    e.employeeNumber() == null ? "" : e.employeeNumber());
        }
    }

    GridException refuse(Reason reason, Field field, String key, Object... args) {
        return new GridException(reason, field, messages.get(key, args));
    }
}
