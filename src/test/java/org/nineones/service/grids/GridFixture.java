package org.nineones.service.grids;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Gender;
import org.nineones.model.IdNumber;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.grids.DispatchReport;
import org.nineones.model.grids.GridArea;
import org.nineones.service.backup.BackupHook;
import org.nineones.service.org.OrgService;
import org.nineones.service.people.PeopleService;
import org.nineones.service.records.RecordsFixture;
import org.nineones.ui.TestData;

/**
 * The records' small enterprise ({@link RecordsFixture}: 示范化工有限公司 / 生产部 / 一车间, 张三 A001, 李四 A002) with
 * 赵六 (A004), 王五 (A003, left), the posts 一车间/罐区操作工 (较大) and 生产部/仓库保管员 (一般), and a grid service
 * over it; {@link #grid} adds a small grid: the enterprise, 罐区 with 1号罐组, and 仓库.
 */
public final class GridFixture {

    public final RecordsFixture records;
    public final GridService service;
    public final OrgUnit department;
    public final Employee zhao;
    public final Employee left;
    public final Post tankOperator;
    public final Post keeper;

    public GridFixture(Path dir) throws Exception {
        records = new RecordsFixture(dir);
        service = new GridService(records.messages, BackupHook.NONE);
        OrgService org = new OrgService(records.messages);
        department = org.units(records.workspace).stream().filter(u -> u.name().equals("生产部")).findFirst()
                .orElseThrow();
        tankOperator = org.savePost(records.workspace, new Post(null, records.workshop.id(), "罐区操作工",
                PostCategory.OPERATOR, RiskLevel.SIGNIFICANT));
        keeper = org.savePost(records.workspace, new Post(null, department.id(), "仓库保管员", PostCategory.OPERATOR,
                RiskLevel.GENERAL));
        PeopleService people = new PeopleService(records.messages);
        zhao = people.save(records.workspace, new Employee(null, "赵六", Gender.MALE,
                IdNumber.of(TestData.id("37010219880404004")), "A004", "13800000004", department.id(), null,
                LocalDate.of(2018, 1, 1), EmployeeStatus.ACTIVE, "", null));
        left = people.save(records.workspace, new Employee(null, "王五", Gender.MALE,
                IdNumber.of(TestData.id("37010219900303003")), "A003", "", null, null, LocalDate.of(2019, 1, 1),
                EmployeeStatus.LEFT, "", null));
    }

    /** The small grid: the enterprise (张三/李四), 罐区 (李四/张三, 赵六 inspector, its posts), 1号罐组, 仓库. */
    public record Grid(GridArea root, GridArea tankFarm, GridArea tankGroup, GridArea warehouse) {
    }

    public Grid grid() {
        GridArea root = service.add(records.workspace, area(null, "示范化工有限公司", records.zhang, records.li));
        GridArea tankFarm = service.add(records.workspace, new GridArea(null, root.id(), "罐区", "厂区东北角", null, "",
                records.li.id(), records.zhang.id(), zhao.id(), 0, List.of(records.workshop.id()),
                List.of(tankOperator.id())));
        GridArea tankGroup = service.add(records.workspace, new GridArea(null, tankFarm.id(), "1号罐组", "罐区北侧",
                RiskLevel.MAJOR, "储存量构成重大危险源", records.li.id(), zhao.id(), null, 0, List.of(),
                List.of(tankOperator.id())));
        GridArea warehouse = service.add(records.workspace, new GridArea(null, root.id(), "仓库", "厂区西侧", null,
                "", zhao.id(), records.li.id(), null, 0, List.of(department.id()), List.of(keeper.id())));
        return new Grid(root, tankFarm, tankGroup, warehouse);
    }

    public static GridArea area(Long parent, String name, Employee supervisor, Employee responsible) {
        return new GridArea(null, parent, name, "", null, "", supervisor == null ? null : supervisor.id(),
                responsible == null ? null : responsible.id(), null, 0, List.of(), List.of());
    }

    /** A monthly dispatch report for an area, written straight into the workspace (final from then on). */
    public void report(GridArea area) {
        records.workspace.write(store -> store.grids().insertReport(new DispatchReport(null, area.id(),
                YearMonth.of(2026, 11), LocalDate.of(2026, 11, 20), "赵六", "", "", true, null, List.of(), "", "")));
    }

    /** The areas as stored and the number of audit entries: what "nothing written" compares. */
    public Object state() {
        return records.workspace.read(s -> List.of(s.grids().areas(), s.audit().latest(100_000).size()));
    }
}
