package org.nineones.model.grids;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Post;
import org.nineones.model.RiskLevel;

/**
 * What an area's data says about it, worked out the one way the grid tab, the readiness view, the boards and the
 * checklist all use: its level, its risk level, and which of its people are missing.
 */
public final class GridRules {

    /** The deepest level: the enterprise (1), an area (2), a sub-area (3). */
    public static final int MAX_LEVEL = 3;

    /** A role an area must have filled by an employee who has not left. */
    public enum Role {
        /** 分管责任人 */
        SUPERVISOR,
        /** 具体责任人 */
        RESPONSIBLE
    }

    private GridRules() {
    }

    /** The area's level: 1 for the enterprise itself, 2 below it, 3 below that (parents found in {@code all}). */
    public static int level(GridArea area, List<GridArea> all) {
        int level = 1;
        Long parent = area.parentId();
        while (parent != null && level <= all.size()) {
            level++;
            Long p = parent;
            parent = all.stream().filter(a -> Objects.equals(a.id(), p)).findFirst().map(GridArea::parentId)
                    .orElse(null);
        }
        return level;
    }

    /**
     * The area's risk level: the one set by hand, else the highest of its posts' levels ({@link RiskLevel#MAJOR}
     * highest), else {@code null} when it has no posts with a level.
     */
    public static RiskLevel riskLevel(GridArea area, Map<Long, Post> posts) {
        if (area.riskOverride() != null) {
            return area.riskOverride();
        }
        return area.postIds().stream().map(posts::get).filter(Objects::nonNull).map(Post::riskLevel)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * The roles of the area not filled by an employee who is still with the enterprise (unset, unknown, or left):
     * an area with any is a gap (unstaffed).
     */
    public static List<Role> missing(GridArea area, Map<Long, Employee> employees) {
        List<Role> missing = new ArrayList<>();
        if (!present(area.supervisorId(), employees)) {
            missing.add(Role.SUPERVISOR);
        }
        if (!present(area.responsibleId(), employees)) {
            missing.add(Role.RESPONSIBLE);
        }
        return missing;
    }

    private static boolean present(Long id, Map<Long, Employee> employees) {
        Employee e = id == null ? null : employees.get(id);
        return e != null && e.status() != EmployeeStatus.LEFT;
    }
}
