package org.nineones.service.grids;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.grids.GridArea;
import org.nineones.service.Progress;
import org.nineones.service.sample.SampleCopy;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * The sample enterprise (滨州示例化工有限公司) with its own grid ({@link GridSamples}), where 仓库's specific responsible
 * person is named and has since left (a forklift driver): 未落实 with who left. Built once per test run; {@link #into}
 * copies it for a test class.
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
            SampleCopy.removeAtExit(folder);
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
        GridSamples.Lookup l = new GridSamples.Lookup(store);
        List<Employee> drivers = l.holders("储运部", "叉车司机");
        Employee forklift = drivers.get(drivers.size() - 1);
        store.employees().update(new Employee(forklift.id(), forklift.name(), forklift.gender(), forklift.idNumber(),
                forklift.employeeNumber(), forklift.phone(), forklift.orgUnitId(), forklift.postId(),
                forklift.hireDate(), EmployeeStatus.LEFT, forklift.certificateNumber(), forklift.certificateExpiry()));
        GridArea warehouse = store.grids().areas().stream().filter(a -> a.name().equals(GridSamples.GAP)).findFirst()
                .orElseThrow();
        store.grids().update(new GridArea(warehouse.id(), warehouse.parentId(), warehouse.name(), warehouse.location(),
                warehouse.riskOverride(), warehouse.riskReason(), warehouse.supervisorId(), forklift.id(),
                warehouse.gridInspectorId(), warehouse.sortOrder(), warehouse.orgUnitIds(), warehouse.postIds()));
        return null;
    }
}
