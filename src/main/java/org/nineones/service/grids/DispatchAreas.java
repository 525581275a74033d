package org.nineones.service.grids;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nineones.model.Employee;
import org.nineones.model.grids.DispatchReport;
import org.nineones.model.grids.GridArea;
import org.nineones.model.grids.GridRules;
import org.nineones.store.Store;

/**
 * The grid as the dispatch reads it, in one read: every area with its level path (企业/罐区/1号罐组), the roster by
 * id, and the reports of one month. Finds an area by the text a sheet gives (its whole path, the path below the
 * enterprise, or its name when no other area has it), and says which areas are expected to report: every area
 * below the enterprise, or the enterprise itself when the grid is that one area.
 */
record DispatchAreas(List<GridArea> areas, Map<Long, String> paths, Map<Long, Employee> employees,
                     List<DispatchReport> reports) {

    /** The separator of a level path. */
    static final String SEPARATOR = GridRules.SEPARATOR;

    static DispatchAreas read(Store store, YearMonth month) {
        List<GridArea> areas = store.grids().areas();
        Map<Long, String> paths = GridRules.paths(areas);
        Map<Long, Employee> employees = store.employees().all().stream()
                .collect(Collectors.toMap(Employee::id, Function.identity()));
        return new DispatchAreas(areas, paths, employees, store.grids().reports(month));
    }

    GridArea area(long id) {
        return areas.stream().filter(a -> a.id() == id).findFirst().orElse(null);
    }

    String path(long id) {
        return paths.getOrDefault(id, "");
    }

    /** The areas that report every month, in the grid's order ({@link GridRules#expected}). */
    List<GridArea> expected() {
        return GridRules.expected(areas);
    }

    /** The areas with a report of the month read. */
    Set<Long> reported() {
        return reports.stream().map(DispatchReport::areaId).collect(Collectors.toSet());
    }

    /**
     * The areas a sheet's text names: the one whose whole path or path below the enterprise it is (either
     * separator, spaces ignored), else every area of that name; empty when none.
     */
    List<GridArea> find(String text) {
        String wanted = normal(text);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<GridArea> byPath = areas.stream().filter(a -> wanted.equals(normal(path(a.id())))
                || (!a.isRoot() && wanted.equals(normal(GridRules.belowRoot(path(a.id())))))).toList();
        if (!byPath.isEmpty()) {
            return byPath;
        }
        return areas.stream().filter(a -> wanted.equals(normal(a.name()))).toList();
    }

    /** The name of an employee, or empty. */
    String name(Long employeeId) {
        Employee e = employeeId == null ? null : employees.get(employeeId);
        return e == null ? "" : e.name();
    }

    Employee employee(Long id) {
        return id == null ? null : employees.get(id);
    }

    private static String normal(String text) {
        return Objects.toString(text, "").replace('／', '/').replace('\\', '/').replaceAll("\\s+", "")
                .replaceAll("/+", "/").replaceAll("^/|/$", "");
    }
}
