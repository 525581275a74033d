package org.nineones.service.grids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.RiskLevel;
import org.nineones.model.grids.GridArea;
import org.nineones.model.grids.GridRules;
import org.nineones.service.grids.GridException.Reason;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.service.org.OrgRuleException;
import org.nineones.service.org.OrgService;
import org.nineones.service.people.PeopleRuleException;
import org.nineones.service.people.PeopleService;
import org.nineones.store.AuditLog;
import org.nineones.store.Workspace;

/**
 * {@link GridService} on a real workspace: levels, risk levels and gaps as {@link GridRules} works them out, every
 * refusal of the issue's bad input (with its reason and sentence, nothing written), moves of sub-trees, deletes and
 * the audit entries.
 */
class GridServiceTest {

    @TempDir
    Path dir;
    GridFixture f;
    GridService service;
    Workspace ws;

    @BeforeEach
    void setUp() throws Exception {
        f = new GridFixture(dir);
        service = f.service;
        ws = f.records.workspace;
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    @Test
    void listsLevelsPathsRiskLevelsAndPeople() {
        GridFixture.Grid g = f.grid();
        List<ListedArea> list = service.list(ws);
        assertEquals(List.of("示范化工有限公司", "示范化工有限公司/罐区", "示范化工有限公司/罐区/1号罐组",
                "示范化工有限公司/仓库"), list.stream().map(ListedArea::path).toList());
        assertEquals(List.of(1, 2, 3, 2), list.stream().map(ListedArea::level).toList());
        ListedArea tankFarm = list.get(1);
        assertEquals(RiskLevel.SIGNIFICANT, tankFarm.riskLevel(), "the highest of its posts'");
        assertTrue(tankFarm.riskFromPosts());
        assertEquals(RiskLevel.MAJOR, list.get(2).riskLevel(), "set by hand");
        assertEquals(RiskLevel.GENERAL, list.get(3).riskLevel());
        assertNull(list.get(0).riskLevel(), "no posts, none set");
        assertEquals("李四", tankFarm.supervisor().name());
        assertEquals("张三", tankFarm.responsible().name());
        assertEquals("赵六", tankFarm.gridInspector().name());
        assertEquals(List.of(f.records.workshop.id()), tankFarm.area().orgUnitIds());
        assertEquals(List.of(0, 1), List.of(g.tankFarm().sortOrder(), g.warehouse().sortOrder()));
        assertTrue(service.gaps(ws).isEmpty());
        List<AuditLog.Entry> audit = ws.read(s -> s.audit().latest(4));
        assertTrue(audit.stream().allMatch(e -> e.action().equals("create") && e.entity().equals("grid_area")));
        assertTrue(audit.stream().anyMatch(e -> e.detail().equals("示范化工有限公司/罐区/1号罐组")), audit.toString());
    }

    @Test
    void anAreaWithoutBothPeopleOrWithSomeoneWhoLeftIsAGap() {
        GridFixture.Grid g = f.grid();
        GridArea yard = service.add(ws, GridFixture.area(g.root().id(), "装卸区", f.zhao, null));
        Employee zhao = f.zhao;
        new PeopleService(f.records.messages).save(ws, new Employee(zhao.id(), zhao.name(), zhao.gender(),
                zhao.idNumber(), zhao.employeeNumber(), zhao.phone(), zhao.orgUnitId(), null, zhao.hireDate(),
                EmployeeStatus.LEFT, "", null));
        List<ListedArea> gaps = service.gaps(ws);
        assertEquals(List.of("1号罐组", "仓库", "装卸区"), gaps.stream().map(l -> l.area().name()).toList());
        assertEquals(List.of(GridRules.Role.RESPONSIBLE), gaps.get(0).missing(), "赵六 left");
        assertEquals(List.of(GridRules.Role.SUPERVISOR), gaps.get(1).missing(), "赵六 left");
        assertEquals(List.of(GridRules.Role.SUPERVISOR, GridRules.Role.RESPONSIBLE), gaps.get(2).missing());
        // the rest of an area whose person left can still be edited; naming someone who left is refused
        GridArea warehouse = g.warehouse();
        GridArea moved = new GridArea(warehouse.id(), warehouse.parentId(), warehouse.name(), "厂区西侧2号库",
                null, "", warehouse.supervisorId(), warehouse.responsibleId(), null, 0, warehouse.orgUnitIds(),
                warehouse.postIds());
        assertEquals("厂区西侧2号库", service.update(ws, moved).location());
        GridArea named = new GridArea(yard.id(), yard.parentId(), yard.name(), "", null, "", null,
                f.records.li.id(), zhao.id(), 0, List.of(), List.of());
        refused(Reason.PERSON_LEFT, "网格员赵六（工号 A004）已离职，请另选在职人员，网格未保存。",
                () -> service.update(ws, named));
    }

    @Test
    void refusesTheIssuesBadInputWithASentenceAndWritesNothing() {
        GridFixture.Grid g = f.grid();
        Long root = g.root().id();
        refused(Reason.SAME_PERSON, "分管责任人和具体责任人不能是同一人（张三），请另选一人，网格未保存。",
                () -> service.add(ws, GridFixture.area(root, "装卸区", f.records.zhang, f.records.zhang)));
        refused(Reason.PERSON_LEFT, "具体责任人王五（工号 A003）已离职，请另选在职人员，网格未保存。",
                () -> service.add(ws, GridFixture.area(root, "装卸区", f.records.zhang, f.left)));
        GridArea stranger = new GridArea(null, root, "装卸区", "", null, "", 9999L, null, null, 0, List.of(),
                List.of());
        refused(Reason.UNKNOWN_PERSON, "分管责任人不在人员名册中（编号 9999），请从名册中选择，网格未保存。",
                () -> service.add(ws, stranger));
        refused(Reason.TOO_DEEP, "网格最多三级（企业、区域、子区域）：把“阀组”放在“1号罐组”下会出现第 4 级。"
                + "请放到更高一级的网格下，网格未保存。",
                () -> service.add(ws, GridFixture.area(g.tankGroup().id(), "阀组", null, null)));
        refused(Reason.SECOND_ROOT, "第一级网格是企业本身，只能有一个（已有“示范化工有限公司”）。"
                + "请把“分公司”放到“示范化工有限公司”之下，网格未保存。",
                () -> service.add(ws, GridFixture.area(null, "分公司", null, null)));
        refused(Reason.NAME_TAKEN, "“示范化工有限公司”下已有名为“仓库”的网格，请换一个名称，网格未保存。",
                () -> service.add(ws, GridFixture.area(root, " 仓库 ", null, null)));
        refused(Reason.NAME_TAKEN, "“示范化工有限公司”下已有名为“仓\u3000库”的网格，请换一个名称，网格未保存。",
                () -> service.add(ws, GridFixture.area(root, "仓\u3000库", null, null)));
        refused(Reason.NO_NAME, "请写明网格的名称，网格未保存。",
                () -> service.add(ws, GridFixture.area(root, "  ", null, null)));
        refused(Reason.NAME_SLASH, "网格名称“罐区/南”不能含有“/”（表格中用它分隔层级），请换一个名称，网格未保存。",
                () -> service.add(ws, GridFixture.area(root, "罐区/南", null, null)));
        GridArea noReason = new GridArea(null, root, "装卸区", "", RiskLevel.MAJOR, " ", null, null, null, 0,
                List.of(), List.of());
        refused(Reason.NO_RISK_REASON, "手动设定风险等级（重大风险）时请写明理由；不写理由请留空，按所含岗位的最高风险等级计，"
                + "网格未保存。", () -> service.add(ws, noReason));
        GridArea tankFarm = g.tankFarm();
        GridArea renamed = new GridArea(tankFarm.id(), root, "仓库", tankFarm.location(), null, "",
                tankFarm.supervisorId(), tankFarm.responsibleId(), tankFarm.gridInspectorId(), 0,
                tankFarm.orgUnitIds(), tankFarm.postIds());
        refused(Reason.NAME_TAKEN, "“示范化工有限公司”下已有名为“仓库”的网格，请换一个名称，网格未保存。",
                () -> service.update(ws, renamed));
        refused(Reason.UNKNOWN_AREA, "找不到编号为 999 的网格，可能已被删除，请刷新后再试。",
                () -> service.move(ws, 999, root));
    }

    @Test
    void movesASubTreeWithinThreeLevelsAndRefusesACycleOrAFourthLevel() {
        GridFixture.Grid g = f.grid();
        refused(Reason.TOO_DEEP, "网格最多三级（企业、区域、子区域）：把“罐区”放在“仓库”下会出现第 4 级。"
                + "请放到更高一级的网格下，网格未保存。", () -> service.move(ws, g.tankFarm().id(), g.warehouse().id()));
        refused(Reason.CYCLE, "不能把“罐区”放到它自己或它的下级网格“1号罐组”之下，请另选上级网格，网格未保存。",
                () -> service.move(ws, g.tankFarm().id(), g.tankGroup().id()));
        refused(Reason.CYCLE, "不能把“罐区”放到它自己或它的下级网格“罐区”之下，请另选上级网格，网格未保存。",
                () -> service.move(ws, g.tankFarm().id(), g.tankFarm().id()));
        refused(Reason.SECOND_ROOT, "第一级网格是企业本身，只能有一个（已有“示范化工有限公司”）。"
                + "请把“仓库”放到“示范化工有限公司”之下，网格未保存。", () -> service.move(ws, g.warehouse().id(), null));
        // the root under its own sub-area is a cycle, never a second root
        refused(Reason.CYCLE, "不能把“示范化工有限公司”放到它自己或它的下级网格“仓库”之下，请另选上级网格，网格未保存。",
                () -> service.move(ws, g.root().id(), g.warehouse().id()));

        GridArea moved = service.move(ws, g.tankGroup().id(), g.warehouse().id());
        assertEquals(g.warehouse().id(), moved.parentId());
        assertEquals(0, moved.sortOrder(), "first under 仓库");
        assertEquals("示范化工有限公司/仓库/1号罐组", service.list(ws).stream()
                .filter(l -> l.area().id().equals(moved.id())).findFirst().orElseThrow().path());
        AuditLog.Entry entry = ws.read(s -> s.audit().latest(1).get(0));
        assertEquals("move", entry.action());
        assertEquals("示范化工有限公司/仓库/1号罐组: parent: 示范化工有限公司/罐区 → 示范化工有限公司/仓库",
                entry.detail());
        // 罐区 has no sub-area now, so it may go under 仓库, at level three
        service.move(ws, g.tankFarm().id(), g.warehouse().id());
        assertEquals(3, service.list(ws).stream().filter(l -> l.area().name().equals("罐区")).findFirst()
                .orElseThrow().level());
    }

    @Test
    void deletesALeafOnlyAndNeverAnAreaWithReports() {
        GridFixture.Grid g = f.grid();
        refused(Reason.HAS_SUB_AREAS, "“罐区”下还有 1 个子网格，请先删除或移走它们，网格未删除。",
                () -> service.delete(ws, g.tankFarm().id()));
        f.report(g.warehouse());
        refused(Reason.HAS_REPORTS, "“仓库”已有每月调度记录，调度记录是最终记录，这个网格不能删除；可以修改它的名称和内容。",
                () -> service.delete(ws, g.warehouse().id()));
        service.delete(ws, g.tankGroup().id());
        service.delete(ws, g.tankFarm().id());
        assertEquals(List.of("示范化工有限公司", "仓库"), service.list(ws).stream().map(l -> l.area().name()).toList());
        AuditLog.Entry entry = ws.read(s -> s.audit().latest(1).get(0));
        assertEquals(List.of("delete", "示范化工有限公司/罐区"), List.of(entry.action(), entry.detail()));
    }

    @Test
    void anEditIsAuditedFieldByField() {
        GridFixture.Grid g = f.grid();
        GridArea w = g.warehouse();
        GridArea edited = new GridArea(w.id(), w.parentId(), "成品仓库", w.location(), RiskLevel.SIGNIFICANT,
                "存放易燃品", w.supervisorId(), f.records.zhang.id(), f.records.li.id(), w.sortOrder(),
                w.orgUnitIds(), List.of(f.keeper.id(), f.tankOperator.id(), f.keeper.id()));
        GridArea saved = service.update(ws, edited);
        assertEquals(List.of(f.tankOperator.id(), f.keeper.id()).stream().sorted().toList(), saved.postIds());
        assertEquals(saved, ws.read(s -> s.grids().area(w.id()).orElseThrow()));
        AuditLog.Entry entry = ws.read(s -> s.audit().latest(1).get(0));
        assertEquals("update", entry.action());
        assertEquals("示范化工有限公司/成品仓库: name: 仓库 → 成品仓库; risk: null → SIGNIFICANT; reason:  → 存放易燃品; "
                + "responsible: " + f.records.li.id() + " → " + f.records.zhang.id() + "; grid inspector: null → "
                + f.records.li.id() + "; posts: [" + f.keeper.id() + "] → " + saved.postIds(), entry.detail());
    }

    @Test
    void peopleUnitsAndPostsAnAreaNamesAreNotDeleted() {
        GridFixture.Grid g = f.grid();
        OrgService org = new OrgService(f.records.messages);
        long company = g.root().id();
        OrgUnit quality = org.addUnit(ws, org.units(ws).get(0).id(), "质检部", OrgUnitKind.DEPARTMENT);
        service.add(ws, new GridArea(null, company, "化验室", "", null, "", null, null, null, 0,
                List.of(quality.id()), List.of()));
        Object before = f.state();
        assertEquals("赵六 是网格“罐区”的责任人或网格员，不能删除。请先在网格中另选人员；人员离开时，请把状态改为“已离职”。",
                assertThrows(PeopleRuleException.class, () -> new PeopleService(f.records.messages)
                        .delete(ws, f.zhao.id())).getMessage());
        assertEquals("网格“化验室”含有“质检部”，不能删除。请先在网格中去掉这个组织机构。",
                assertThrows(OrgRuleException.class, () -> org.deleteUnit(ws, quality.id())).getMessage());
        assertEquals("网格“仓库”含有岗位“仓库保管员”，不能删除。请先在网格中去掉这个岗位。",
                assertThrows(OrgRuleException.class, () -> org.deletePost(ws, f.keeper.id())).getMessage());
        assertEquals(before, f.state(), "nothing deleted");
    }

    private void refused(Reason reason, String sentence, Executable action) {
        Object before = f.state();
        GridException e = assertThrows(GridException.class, action);
        assertEquals(reason, e.reason());
        assertEquals(sentence, e.getMessage());
        assertEquals(before, f.state(), "nothing written");
    }
}
