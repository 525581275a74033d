package org.nineones.service.grids;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.OrgPaths;
import org.nineones.model.Post;
import org.nineones.model.RiskLevel;
import org.nineones.model.grids.GridArea;
import org.nineones.service.Progress;
import org.nineones.service.sample.SampleCopy;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * The sample enterprise (滨州示例化工有限公司) with a believable grid, written through the repository: the enterprise,
 * then 罐区 (1号罐组, 2号罐组 — the second graded 重大 by hand, no grid inspector), 一车间, 二车间, 仓库 (its specific
 * responsible person, a forklift driver, has left: 未落实) and 装卸区, with the sample's real people and posts. Built
 * once per test run; {@link #into} copies it for a test class.
 */
public final class GridSample {

    /** The areas in the order the repository lists them (parents first). */
    public static final List<String> AREAS = List.of("滨州示例化工有限公司", "罐区", "1号罐组", "2号罐组", "一车间", "二车间",
            "仓库", "装卸区");

    private static Path built;

    private GridSample() {
    }

    /** A copy of the sample workspace with its grid, in {@code folder} (made when missing). */
    public static Path into(Path folder) {
        try {
            Path copy = Files.createDirectories(folder).resolve("示例化工 网格.nineones");
            Files.copy(built(), copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy where {@code SampleService.openSample(folder)} (the welcome page's 打开示例) finds it. */
    public static Path asSample(Path folder) {
        try {
            Path copy = org.nineones.service.sample.SampleService.sampleFile(Files.createDirectories(folder));
            Files.copy(built(), copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path built() throws IOException {
        if (built == null) {
            Path folder = Files.createTempDirectory("nineones-grid-sample");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            Services services = new Services(new Settings(folder.resolve("home")),
                    new Messages(Locale.SIMPLIFIED_CHINESE));
            Path sample = folder.resolve("示例");
            SampleCopy.into(sample);
            try (Workspace ws = services.sample().openSample(sample, Progress.NONE)) {
                ws.write(GridSample::grid);
                built = ws.file();
            }
        }
        return built;
    }

    private static Void grid(Store store) {
        Lookup l = new Lookup(store);
        Employee storageHead = l.holder("储运部", "部长");
        Employee forklift = l.holders("储运部", "叉车司机").get(l.holders("储运部", "叉车司机").size() - 1);
        store.employees().update(new Employee(forklift.id(), forklift.name(), forklift.gender(), forklift.idNumber(),
                forklift.employeeNumber(), forklift.phone(), forklift.orgUnitId(), forklift.postId(),
                forklift.hireDate(), EmployeeStatus.LEFT, forklift.certificateNumber(), forklift.certificateExpiry()));
        var grids = store.grids();
        GridArea root = grids.insert(new GridArea(null, null, "滨州示例化工有限公司", "滨城区化工产业园黄河五路566号", null, "",
                l.person("冯兵杰"), l.person("刘宁立"), l.person("王亮"), 0, List.of(l.unit("滨州示例化工有限公司")),
                List.of()));
        GridArea tanks = grids.insert(new GridArea(null, root.id(), "罐区", "厂区东北角", null, "", l.person("刘宁立"),
                storageHead.id(), l.person("杜金"), 1, List.of(l.unit("储运部"), l.unit("储运部 / 罐区班")),
                List.of(l.post("储运部", "罐区操作工"))));
        List<Employee> tankOperators = l.holders("储运部", "罐区操作工");
        grids.insert(new GridArea(null, tanks.id(), "1号罐组", "罐区东侧 T101–T104 甲醇储罐", null, "", storageHead.id(),
                tankOperators.get(0).id(), tankOperators.get(1).id(), 0, List.of(l.unit("储运部 / 罐区班")),
                List.of(l.post("储运部", "罐区操作工"))));
        grids.insert(new GridArea(null, tanks.id(), "2号罐组", "罐区西侧 T201–T203 液氨储罐", RiskLevel.MAJOR,
                "液氨储罐构成危险化学品重大危险源", storageHead.id(), tankOperators.get(2).id(), null, 1,
                List.of(l.unit("储运部 / 罐区班")), List.of(l.post("储运部", "罐区操作工"))));
        grids.insert(new GridArea(null, root.id(), "一车间", "生产区北侧 加氢装置", null, "", l.person("曹文国"),
                l.holder("生产一车间", "车间主任").id(), l.holders("生产一车间", "班长").get(0).id(), 2,
                List.of(l.unit("生产一车间")), List.of(l.post("生产一车间", "车间主任"), l.post("生产一车间", "班长"),
                l.post("生产一车间", "加氢工艺操作工"), l.post("生产一车间", "外操工"))));
        grids.insert(new GridArea(null, root.id(), "二车间", "生产区南侧 聚合装置、包装线", null, "", l.person("曹文国"),
                l.holder("生产二车间", "车间主任").id(), l.holders("生产二车间", "班长").get(0).id(), 3,
                List.of(l.unit("生产二车间"), l.unit("生产二车间 / 包装班")), List.of(l.post("生产二车间", "车间主任"),
                l.post("生产二车间", "班长"), l.post("生产二车间", "聚合工艺操作工"), l.post("生产二车间", "外操工"),
                l.post("生产二车间", "包装工"))));
        grids.insert(new GridArea(null, root.id(), "仓库", "厂区西南角 原料库、成品库", null, "", l.person("刘宁立"),
                forklift.id(), null, 4, List.of(l.unit("储运部")), List.of(l.post("储运部", "叉车司机"))));
        grids.insert(new GridArea(null, root.id(), "装卸区", "厂区东门 汽车装卸栈台", null, "", storageHead.id(),
                l.holders("储运部", "装卸工").get(0).id(), l.holders("储运部", "装卸工").get(1).id(), 5,
                List.of(l.unit("储运部 / 装卸班")), List.of(l.post("储运部", "装卸工"), l.post("储运部", "起重机司机"))));
        return null;
    }

    /** The sample's units, posts and people by their names. */
    private static final class Lookup {
        private final Map<Long, String> paths;
        private final List<Post> posts;
        private final List<Employee> people;

        Lookup(Store store) {
            paths = OrgPaths.printed(store.orgUnits().all());
            posts = store.posts().all();
            people = store.employees().all().stream().sorted(Comparator.comparing(Employee::id)).toList();
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

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: what cannot be removed now stays for the system to clean
        }
    }
}
