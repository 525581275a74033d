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
    public static final List<String> AREAS = GridSamples.AREAS;

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

    /**
     * The sample's own grid ({@link GridSamples}), with 仓库's specific responsible person named and then gone: the
     * last forklift driver, marked as having left, so that the area shows 未落实 with who left.
     */
    private static Void grid(Store store) {
        Lookup l = new Lookup(store);
        List<Employee> drivers = l.holders("储运部", "叉车司机");
        Employee forklift = drivers.get(drivers.size() - 1);
        store.employees().update(new Employee(forklift.id(), forklift.name(), forklift.gender(), forklift.idNumber(),
                forklift.employeeNumber(), forklift.phone(), forklift.orgUnitId(), forklift.postId(),
                forklift.hireDate(), EmployeeStatus.LEFT, forklift.certificateNumber(), forklift.certificateExpiry()));
        GridArea store0 = store.grids().areas().stream().filter(a -> a.name().equals(GridSamples.GAP)).findFirst()
                .orElseThrow();
        store.grids().update(new GridArea(store0.id(), store0.parentId(), store0.name(), store0.location(),
                store0.riskOverride(), store0.riskReason(), store0.supervisorId(), forklift.id(),
                store0.gridInspectorId(), store0.sortOrder(), store0.orgUnitIds(), store0.postIds()));
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
