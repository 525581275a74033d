package org.nineones.service.grids;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Employee;
import org.nineones.model.OrgPaths;
import org.nineones.model.Post;
import org.nineones.model.RiskLevel;
import org.nineones.model.grids.GridArea;
import org.nineones.model.grids.GridRules;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * The sample enterprise's grid (滨州示例化工有限公司, seed 001), with its real people and posts: the enterprise, then
 * 罐区 (1号罐组, 2号罐组 — the second graded 重大 by hand, without a grid inspector), 一车间, 二车间, 仓库 (its specific
 * responsible person not named yet: a gap) and 装卸区; then the monthly dispatch of the three whole months before
 * the day, recorded through {@link DispatchService} as the grid inspectors' reports would be: every area each month,
 * two things found and settled on the spot, and two that became problems of the problem list (one now overdue).
 */
public final class GridSamples {

    /** The areas in the order the repository lists them (parents first). */
    public static final List<String> AREAS = List.of("滨州示例化工有限公司", "罐区", "1号罐组", "2号罐组", "一车间", "二车间",
            "仓库", "装卸区");
    /** The area left without its specific responsible person (its supervisor reports for it). */
    public static final String GAP = "仓库";

    private GridSamples() {
    }

    /** Adds the grid and its dispatch; returns the number of reports recorded. */
    public static int addTo(Workspace workspace, DispatchService dispatch, LocalDate today) {
        Map<String, GridArea> areas = workspace.write(GridSamples::grid);
        Map<Long, String> names = workspace.read(store -> {
            Map<Long, String> byId = new LinkedHashMap<>();
            store.employees().all().forEach(e -> byId.put(e.id(), e.name()));
            return byId;
        });
        List<YearMonth> months = GridRules.checkedMonths(today);
        int n = 0;
        for (int m = 0; m < months.size(); m++) {
            YearMonth month = months.get(m);
            int day = 20;
            for (GridArea area : GridRules.expected(List.copyOf(areas.values()))) {
                Report r = report(area.name(), m);
                Long checker = area.gridInspectorId() != null ? area.gridInspectorId()
                        : area.responsibleId() != null ? area.responsibleId() : area.supervisorId();
                dispatch.record(workspace, new DispatchDraft(area.id(), month, month.atDay(day++), names.get(checker),
                        r.found(), r.done(), r.settled(), List.of(), null));
                n++;
            }
        }
        return n;
    }

    /** What an area's round of the month (0: the oldest of the three) found and did. */
    private static Report report(String area, int month) {
        return switch (area + "#" + month) {
            case "装卸区#0" -> new Report("2号鹤管静电接地夹破损", "当场更换接地夹，复测接地电阻合格", true);
            case "1号罐组#1" -> new Report("T103 甲醇储罐呼吸阀阀盘锈蚀卡涩", "已报设备部，更换前每班加查一次", false);
            case "二车间#1" -> new Report("包装线安全通道堆放成品托盘", "当场清理，班前会提醒", true);
            case "一车间#2" -> new Report("加氢装置区可燃气体报警器 GD-12 超期未标定", "已联系检测单位", false);
            default -> new Report("", "按网格巡查表逐项检查", true);
        };
    }

    private record Report(String found, String done, boolean settled) {
    }

    private static Map<String, GridArea> grid(Store store) {
        Lookup l = new Lookup(store);
        Employee storageHead = l.holder("储运部", "部长");
        List<Employee> tankOperators = l.holders("储运部", "罐区操作工");
        List<Employee> loaders = l.holders("储运部", "装卸工");
        var grids = store.grids();
        Map<String, GridArea> made = new LinkedHashMap<>();
        GridArea root = add(made, grids.insert(new GridArea(null, null, "滨州示例化工有限公司", "滨城区化工产业园黄河五路566号",
                null, "", l.person("冯兵杰"), l.person("刘宁立"), l.person("王亮"), 0,
                List.of(l.unit("滨州示例化工有限公司")), List.of())));
        GridArea tanks = add(made, grids.insert(new GridArea(null, root.id(), "罐区", "厂区东北角", null, "",
                l.person("刘宁立"), storageHead.id(), l.person("杜金"), 1,
                List.of(l.unit("储运部"), l.unit("储运部 / 罐区班")), List.of(l.post("储运部", "罐区操作工")))));
        add(made, grids.insert(new GridArea(null, tanks.id(), "1号罐组", "罐区东侧 T101–T104 甲醇储罐", null, "",
                storageHead.id(), tankOperators.get(0).id(), tankOperators.get(1).id(), 0,
                List.of(l.unit("储运部 / 罐区班")), List.of(l.post("储运部", "罐区操作工")))));
        add(made, grids.insert(new GridArea(null, tanks.id(), "2号罐组", "罐区西侧 T201–T203 液氨储罐", RiskLevel.MAJOR,
                "液氨储罐构成危险化学品重大危险源", storageHead.id(), tankOperators.get(2).id(), null, 1,
                List.of(l.unit("储运部 / 罐区班")), List.of(l.post("储运部", "罐区操作工")))));
        add(made, grids.insert(new GridArea(null, root.id(), "一车间", "生产区北侧 加氢装置", null, "", l.person("曹文国"),
                l.holder("生产一车间", "车间主任").id(), l.holders("生产一车间", "班长").get(0).id(), 2,
                List.of(l.unit("生产一车间")), List.of(l.post("生产一车间", "车间主任"), l.post("生产一车间", "班长"),
                l.post("生产一车间", "加氢工艺操作工"), l.post("生产一车间", "外操工")))));
        add(made, grids.insert(new GridArea(null, root.id(), "二车间", "生产区南侧 聚合装置、包装线", null, "",
                l.person("曹文国"), l.holder("生产二车间", "车间主任").id(), l.holders("生产二车间", "班长").get(0).id(), 3,
                List.of(l.unit("生产二车间"), l.unit("生产二车间 / 包装班")), List.of(l.post("生产二车间", "车间主任"),
                l.post("生产二车间", "班长"), l.post("生产二车间", "聚合工艺操作工"), l.post("生产二车间", "外操工"),
                l.post("生产二车间", "包装工")))));
        add(made, grids.insert(new GridArea(null, root.id(), GAP, "厂区西南角 原料库、成品库", null, "",
                l.person("刘宁立"), null, null, 4, List.of(l.unit("储运部")), List.of(l.post("储运部", "叉车司机")))));
        add(made, grids.insert(new GridArea(null, root.id(), "装卸区", "厂区东门 汽车装卸栈台", null, "", storageHead.id(),
                loaders.get(0).id(), loaders.get(1).id(), 5, List.of(l.unit("储运部 / 装卸班")),
                List.of(l.post("储运部", "装卸工"), l.post("储运部", "起重机司机")))));
        store.audit().record("sample", "grid_area", null, "grid of the sample: " + made.size() + " areas");
        return made;
    }

    private static GridArea add(Map<String, GridArea> made, GridArea area) {
        made.put(area.name(), area);
        return area;
    }

    /** The sample's units, posts and people by their names (also for the tests' variants of the sample's grid). */
    static final class Lookup {
        private final Map<Long, String> paths;
        private final List<Post> posts;
        private final List<Employee> people;

        Lookup(Store store) {
            paths = OrgPaths.printed(store.orgUnits().all());
            posts = store.posts().all();
            people = new ArrayList<>(store.employees().all());
            people.sort(Comparator.comparing(Employee::id));
        }

        long unit(String path) {
            return paths.entrySet().stream().filter(e -> e.getValue().equals(path)).findFirst().orElseThrow(
                    () -> new IllegalStateException("no unit " + path)).getKey();
        }

        long post(String unit, String name) {
            long unitId = unit(unit);
            return posts.stream().filter(p -> p.orgUnitId() == unitId && p.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no post " + unit + " " + name)).id();
        }

        List<Employee> holders(String unit, String post) {
            long postId = post(unit, post);
            List<Employee> holders = people.stream().filter(e -> e.postId() != null && e.postId() == postId).toList();
            if (holders.isEmpty()) {
                throw new IllegalStateException("no one at " + unit + " " + post);
            }
            return holders;
        }

        Employee holder(String unit, String post) {
            return holders(unit, post).get(0);
        }

        Long person(String name) {
            return people.stream().filter(e -> e.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no one called " + name)).id();
        }
    }
}
