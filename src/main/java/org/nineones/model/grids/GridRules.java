package org.nineones.model.grids;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    /** How many whole months before the day the checklist's grid line looks at: the last three. */
    public static final int CHECKED_MONTHS = 3;
    /** The separator of a level path (企业/罐区/1号罐组). */
    public static final String SEPARATOR = "/";

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

    /**
     * The areas that report every month, in the grid's order: every area below the enterprise, or the enterprise
     * itself when the grid is that one area (its people answer for the whole site then).
     */
    public static List<GridArea> expected(List<GridArea> all) {
        List<GridArea> below = all.stream().filter(a -> !a.isRoot()).toList();
        return below.isEmpty() ? all : below;
    }

    /** Every area's level path by its id, names joined by {@link #SEPARATOR}, in the grid's order. */
    public static Map<Long, String> paths(List<GridArea> all) {
        Map<Long, GridArea> byId = all.stream().collect(Collectors.toMap(GridArea::id, Function.identity()));
        Map<Long, String> paths = new LinkedHashMap<>();
        for (GridArea a : all) {
            List<String> names = new ArrayList<>();
            for (GridArea at = a; at != null && names.size() <= all.size(); at = at.parentId() == null ? null
                    : byId.get(at.parentId())) {
                names.add(0, at.name());
            }
            paths.put(a.id(), String.join(SEPARATOR, names));
        }
        return paths;
    }

    /** A level path without the enterprise's own name, which heads every page and sheet (罐区/1号罐组). */
    public static String belowRoot(String path) {
        int at = path.indexOf(SEPARATOR);
        return at < 0 ? path : path.substring(at + 1);
    }

    /** The whole months the checklist's grid line looks at on a day, oldest first: the three before the day's. */
    public static List<YearMonth> checkedMonths(LocalDate asOf) {
        YearMonth current = YearMonth.from(asOf);
        List<YearMonth> months = new ArrayList<>();
        for (int i = CHECKED_MONTHS; i >= 1; i--) {
            months.add(current.minusMonths(i));
        }
        return months;
    }

    private static boolean present(Long id, Map<Long, Employee> employees) {
        Employee e = id == null ? null : employees.get(id);
        return e != null && e.status() != EmployeeStatus.LEFT;
    }
}
