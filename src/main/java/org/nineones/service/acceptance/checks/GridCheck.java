package org.nineones.service.acceptance.checks;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nineones.model.Employee;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.Target;
import org.nineones.model.acceptance.TargetKind;
import org.nineones.model.grids.DispatchReport;
import org.nineones.model.grids.GridArea;
import org.nineones.model.grids.GridRules;

/**
 * Grids (seed 001, decision 0030): the enterprise keeps a grid; every area has both its responsible persons, still
 * with the enterprise; and every area expected to report ({@link GridRules#expected}) has a dispatch report for each
 * of the three whole months before the day ({@link GridRules#checkedMonths}). Areas and the roster are taken as they
 * are now (neither keeps a history); reports by their month. A county that does not use grids marks the line 缺项.
 */
final class GridCheck implements RecordCheck {

    @Override
    public List<String> kinds() {
        return List.of(FindingKinds.NO_GRID, FindingKinds.GRID_AREA_UNSTAFFED, FindingKinds.GRID_MONTH_NOT_REPORTED);
    }

    @Override
    public void run(CheckDay day, Findings out) {
        List<YearMonth> months = GridRules.checkedMonths(day.asOf());
        Grid grid = day.workspace().read(store -> {
            List<Set<Long>> reported = new ArrayList<>();
            for (YearMonth month : months) {
                reported.add(store.grids().reports(month).stream().map(DispatchReport::areaId)
                        .collect(Collectors.toCollection(HashSet::new)));
            }
            return new Grid(store.grids().areas(), store.employees().all().stream()
                    .collect(Collectors.toMap(Employee::id, Function.identity())), reported);
        });
        if (grid.areas().isEmpty()) {
            out.add(FindingKinds.NO_GRID, new Target(TargetKind.GRID_AREA, "", out.texts().get("checks.label.grid")));
            return;
        }
        Map<Long, String> paths = GridRules.paths(grid.areas());
        String separator = out.texts().get("checks.listSeparator");
        for (GridArea area : grid.areas()) {
            List<GridRules.Role> missing = GridRules.missing(area, grid.employees());
            if (!missing.isEmpty()) {
                out.add(FindingKinds.GRID_AREA_UNSTAFFED, target(area, paths), paths.get(area.id()),
                        String.join(separator, missing.stream().map(out.texts()::of).toList()));
            }
        }
        for (GridArea area : GridRules.expected(grid.areas())) {
            for (int i = 0; i < months.size(); i++) {
                if (!grid.reported().get(i).contains(area.id())) {
                    out.add(FindingKinds.GRID_MONTH_NOT_REPORTED, target(area, paths), paths.get(area.id()),
                            months.get(i).toString());
                }
            }
        }
    }

    private static Target target(GridArea area, Map<Long, String> paths) {
        return new Target(TargetKind.GRID_AREA, String.valueOf(area.id()), paths.get(area.id()));
    }

    /** The grid as read once: its areas, the roster by id, and the areas with a report, month by month. */
    private record Grid(List<GridArea> areas, Map<Long, Employee> employees, List<Set<Long>> reported) {
    }
}
