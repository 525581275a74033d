package org.nineones.service.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nineones.excel.TestWorkbooks.id;
import static org.nineones.excel.TestWorkbooks.rows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.excel.ColumnMapping;
import org.nineones.excel.RosterField;
import org.nineones.excel.RosterSheet;
import org.nineones.excel.TestWorkbooks;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;

/** Columns the import leaves out are named, and one that looks like org units or posts stops it. */
class UnusedColumnsTest {

    @TempDir
    Path tempDir;

    private RosterFixture fixture;
    private RosterImportService service;

    @BeforeEach
    void setUp() {
        fixture = new RosterFixture(tempDir);
        service = fixture.service();
    }

    private Path sheet(String name, Object[]... rows) throws Exception {
        return TestWorkbooks.xlsx(fixture.folder.resolve(name), wb -> rows(wb.createSheet("人员"), 0, rows));
    }

    @Test
    void anUnmappedColumnThatLooksLikeOrgUnitsStopsTheImportUntilIgnored() throws Exception {
        Path file = sheet("四级.xlsx", new Object[] {"姓名", "身份证号", "一级部门", "二级部门", "三级部门", "四级部门", "职位"},
                new Object[] {"张三", id(1), "生产部", "合成车间", "甲班", "一组", "操作工"});
        try (Workspace ws = fixture.workspace("企业")) {
            RosterSheet sheet = service.read(file, null, Progress.NONE);
            RosterPreview preview = service.preview(ws, sheet, sheet.automaticMapping());
            assertEquals(1, preview.blocking().size());
            UnusedColumn blocking = preview.blocking().get(0);
            assertEquals("四级部门", blocking.header());
            assertEquals(5, blocking.column());
            assertEquals("“四级部门”（第 6 列）看起来是组织机构，但不会导入，所以导入已停止：请把它对应为“班组”等字段，或确认不导入这一列。",
                    blocking.note());

            ImportException refused = assertThrows(ImportException.class,
                    () -> service.commit(ws, preview, true, Progress.NONE));
            assertEquals(ImportException.Reason.UNUSED_COLUMN, refused.reason());
            assertEquals(0, (int) ws.read(s -> s.employees().count()));

            ColumnMapping ignored = service.ignore(sheet.automaticMapping(), "四级部门");
            RosterPreview again = service.preview(ws, sheet, ignored);
            assertEquals(List.of(), again.blocking());
            assertEquals(List.of("“四级部门”（第 6 列）不导入：已选择忽略这一列。"), again.notes());
            service.commit(ws, again, false, Progress.NONE);
            assertEquals(1, (int) ws.read(s -> s.employees().count()));
        }
    }

    @Test
    void aSecondFilledPostColumnStopsTheImportButAnEmptyOneIsOnlyNamed() throws Exception {
        Path file = sheet("两个岗位.xlsx", new Object[] {"姓名", "身份证号", "岗位", "职务", "工种"},
                new Object[] {"张三", id(1), "操作工", "班长", null});
        try (Workspace ws = fixture.workspace("企业")) {
            RosterSheet sheet = service.read(file, null, Progress.NONE);
            RosterPreview preview = service.preview(ws, sheet, sheet.automaticMapping());
            Map<String, UnusedColumn.Why> why = preview.unusedColumns().stream()
                    .collect(Collectors.toMap(UnusedColumn::header, UnusedColumn::why));
            assertEquals(Map.of("职务", UnusedColumn.Why.ORG_OR_POST, "工种", UnusedColumn.Why.EMPTY_TWIN), why);
            assertEquals(RosterField.POST, preview.blocking().get(0).suggestion());
        }
    }

    @Test
    void columnsWithoutValuesOrWithOtherDataAreNamedButDoNotStopTheImport() throws Exception {
        Path file = sheet("其他列.xlsx", new Object[] {"序号", "姓名", "身份证号", "部门", "籍贯", "部门编码", "五级部门"},
                new Object[] {1, "张三", id(1), "生产部", "山东滨州", "D001", null});
        try (Workspace ws = fixture.workspace("企业")) {
            RosterSheet sheet = service.read(file, null, Progress.NONE);
            RosterPreview preview = service.preview(ws, sheet, sheet.automaticMapping());
            assertEquals(List.of("序号", "籍贯", "部门编码", "五级部门"),
                    preview.unusedColumns().stream().map(UnusedColumn::header).toList());
            assertEquals(List.of(), preview.blocking());
            assertTrue(preview.notes().contains("“五级部门”（第 7 列）不导入：这一列是空的。"), preview.notes().toString());
        }
    }

    @Test
    void aRosterWithAHeaderButNoPeopleIsRefusedWithItsOwnSentence() throws Exception {
        Path file = sheet("空表.xlsx", new Object[] {"员工花名册"}, new Object[] {"姓名", "身份证号", "部门", "岗位"},
                new Object[] {"合计", null, null, null});
        try (Workspace ws = fixture.workspace("企业")) {
            RosterSheet sheet = service.read(file, null, Progress.NONE);
            ImportException e = assertThrows(ImportException.class,
                    () -> service.preview(ws, sheet, sheet.automaticMapping()));
            assertEquals(ImportException.Reason.NO_PEOPLE, e.reason());
            assertEquals("“空表.xlsx”的工作表“人员”有表头（第 2 行），但表头下面没有人员，未导入任何数据。请确认选对了文件和工作表。",
                    e.getMessage());
            assertEquals(0, (int) ws.read(s -> s.orgUnits().count()));
        }
    }

    @Test
    void aPathInOneCellMayUseAnySeparatorAndStartWithTheCompany() throws Exception {
        Path file = sheet("路径.xlsx", new Object[] {"姓名", "身份证号", "部门", "岗位"},
                new Object[] {"张三", id(1), RosterFixture.COMPANY + "/生产部/合成车间/甲班", "操作工"},
                new Object[] {"李四", id(2), "生产部-精馏车间", "操作工"},
                new Object[] {"王五", id(3), "生产部＞仓储车间 > 装卸班", "装卸工"},
                new Object[] {"赵六", id(4), "生产部 → 设备科", "钳工"});
        try (Workspace ws = fixture.workspace("企业")) {
            RosterSheet sheet = service.read(file, null, Progress.NONE);
            RosterPreview preview = service.preview(ws, sheet, sheet.automaticMapping());
            String c = RosterFixture.COMPANY;
            assertEquals(List.of(c, c + "/生产部", c + "/生产部/合成车间", c + "/生产部/合成车间/甲班", c + "/生产部/精馏车间",
                    c + "/生产部/仓储车间", c + "/生产部/仓储车间/装卸班", c + "/生产部/设备科"), preview.newOrgUnits());
            service.commit(ws, preview, false, Progress.NONE);
            Map<String, OrgUnitKind> kinds = ws.read(s -> s.orgUnits().all()).stream()
                    .collect(Collectors.toMap(OrgUnit::name, OrgUnit::kind));
            assertEquals(OrgUnitKind.TEAM, kinds.get("装卸班"));
            assertEquals(OrgUnitKind.WORKSHOP, kinds.get("仓储车间"));
            assertEquals(OrgUnitKind.DEPARTMENT, kinds.get("设备科"));
        }
    }

    @Test
    void aSecondLevelDepartmentKeepsTheKindItsNameSays() throws Exception {
        Path file = sheet("层级.xlsx", new Object[] {"姓名", "身份证号", "一级部门", "二级部门", "岗位"},
                new Object[] {"张三", id(1), "安全环保部", "安全科", "安全员"});
        try (Workspace ws = fixture.workspace("企业")) {
            RosterSheet sheet = service.read(file, null, Progress.NONE);
            service.commit(ws, service.preview(ws, sheet, sheet.automaticMapping()), false, Progress.NONE);
            Map<String, OrgUnitKind> kinds = ws.read(s -> s.orgUnits().all()).stream()
                    .collect(Collectors.toMap(OrgUnit::name, OrgUnit::kind));
            assertEquals(OrgUnitKind.DEPARTMENT, kinds.get("安全科"));
        }
    }
}
