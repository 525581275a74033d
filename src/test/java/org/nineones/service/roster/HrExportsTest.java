package org.nineones.service.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nineones.excel.TestWorkbooks.id;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nineones.excel.HrExports;
import org.nineones.excel.RosterField;
import org.nineones.excel.RosterSheet;
import org.nineones.model.Employee;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;

/** Rosters as common Chinese HR systems export them import as they are: people, org units and posts. */
class HrExportsTest {

    @TempDir
    Path tempDir;

    private RosterFixture fixture;
    private RosterImportService service;

    @BeforeEach
    void setUp() {
        fixture = new RosterFixture(tempDir);
        service = fixture.service();
    }

    private RosterPreview preview(Workspace ws, Path file) throws ImportException {
        RosterSheet sheet = service.read(file, null, Progress.NONE);
        return service.preview(ws, sheet, sheet.automaticMapping());
    }

    @ParameterizedTest
    @EnumSource(HrExports.class)
    void everyPersonGetsTheOrgUnitAndPostTheExportGives(HrExports export) throws Exception {
        Path file = export.write(fixture.folder.resolve("人事导出"));
        try (Workspace ws = fixture.workspace("企业")) {
            RosterPreview preview = preview(ws, file);
            assertEquals(export.people(), preview.valid(), preview.errors().toString());
            assertEquals(0, preview.invalid(), preview.errors().toString());
            assertEquals(List.of(), preview.blocking());
            List<String> expectedUnits = new java.util.ArrayList<>(List.of(RosterFixture.COMPANY));
            export.units().forEach(u -> expectedUnits.add(RosterFixture.COMPANY + "/" + u));
            assertEquals(expectedUnits, preview.newOrgUnits());
            assertEquals(export.posts(), preview.newPosts().size(), preview.newPosts().toString());

            ImportResult result = service.commit(ws, preview, false, Progress.NONE);

            assertEquals(export.people(), result.inserted());
            long root = ws.read(s -> s.orgUnits().all()).stream().filter(u -> u.parentId() == null)
                    .findFirst().orElseThrow().id();
            for (Employee e : ws.read(s -> s.employees().all())) {
                assertNotNull(e.postId(), e.name() + " has a post");
                assertTrue(e.orgUnitId() != root, e.name() + " is placed below the company");
            }
            assertEquals(export.posts(), ws.read(s -> s.posts().all()).size());
        }
    }

    @Test
    void theDingTalkExportFillsDepartmentsWorkshopsAndPostsFromItsOwnHeaders() throws Exception {
        Path file = HrExports.DINGTALK.write(fixture.folder);
        try (Workspace ws = fixture.workspace("企业")) {
            RosterSheet sheet = service.read(file, null, Progress.NONE);
            assertEquals(RosterField.DEPARTMENT, sheet.automaticMapping().fieldOf(3));
            assertEquals(RosterField.WORKSHOP, sheet.automaticMapping().fieldOf(4));
            assertEquals(RosterField.POST, sheet.automaticMapping().fieldOf(5));
            assertEquals(RosterField.HIRE_DATE, sheet.automaticMapping().fieldOf(6));
            assertEquals(RosterField.PHONE, sheet.automaticMapping().fieldOf(7));
            assertEquals(RosterField.CERTIFICATE_NUMBER, sheet.automaticMapping().fieldOf(8));
            RosterPreview preview = service.preview(ws, sheet, sheet.automaticMapping());
            assertEquals(List.of("员工UserID", "直属主管"), preview.unusedColumns().stream().map(UnusedColumn::header)
                    .toList());
            service.commit(ws, preview, false, Progress.NONE);
            Employee wang = employee(ws, id(11));
            Map<Long, OrgUnit> units = ws.read(s -> s.orgUnits().all()).stream()
                    .collect(Collectors.toMap(OrgUnit::id, u -> u));
            assertEquals("合成车间", units.get(wang.orgUnitId()).name());
            assertEquals(OrgUnitKind.WORKSHOP, units.get(wang.orgUnitId()).kind());
            Post post = ws.read(s -> s.posts().all()).stream().filter(p -> p.id().equals(wang.postId())).findFirst()
                    .orElseThrow();
            assertEquals("反应釜操作工", post.name());
            assertEquals(LocalDate.of(2019, 3, 5), wang.hireDate());
            assertEquals("T20190011", wang.certificateNumber());
        }
    }

    @Test
    void theYonyouPathPutsPeopleInTheirTeamAndThePostInTheWorkshop() throws Exception {
        Path file = HrExports.YONYOU.write(fixture.folder);
        try (Workspace ws = fixture.workspace("企业")) {
            service.commit(ws, preview(ws, file), false, Progress.NONE);
            Map<Long, OrgUnit> units = ws.read(s -> s.orgUnits().all()).stream()
                    .collect(Collectors.toMap(OrgUnit::id, u -> u));
            Employee zhou = employee(ws, id(21));
            OrgUnit team = units.get(zhou.orgUnitId());
            assertEquals("甲班", team.name());
            assertEquals(OrgUnitKind.TEAM, team.kind());
            Post post = ws.read(s -> s.posts().all()).stream().filter(p -> p.id().equals(zhou.postId())).findFirst()
                    .orElseThrow();
            assertEquals("合成车间", units.get(post.orgUnitId()).name());
            assertEquals("精馏车间", units.get(employee(ws, id(23)).orgUnitId()).name());
            assertEquals("仓储车间", units.get(employee(ws, id(24)).orgUnitId()).name());
        }
    }

    @Test
    void theGovernmentFormIsReadThroughItsTwoRowHeaderMarksAndOddValues() throws Exception {
        Path file = HrExports.GOVERNMENT_FORM.write(fixture.folder);
        try (Workspace ws = fixture.workspace("企业")) {
            RosterSheet sheet = service.read(file, null, Progress.NONE);
            assertEquals(3, sheet.firstHeaderRowNumber());
            assertEquals(4, sheet.headerRowNumber());
            assertEquals(RosterField.TEAM, sheet.automaticMapping().fieldOf(6));
            assertEquals(10, sheet.automaticMapping().columnOf(RosterField.PHONE), "the filled twin wins");
            RosterPreview preview = service.preview(ws, sheet, sheet.automaticMapping());
            assertTrue(preview.notes().contains("表头占两行（第 3–4 行），已把上下两行合起来读取。"), preview.notes().toString());
            assertTrue(preview.notes().contains("“联系电话”（第 10 列）不导入：这一列是空的，“联系电话”取自有内容的“联系电话”（第 11 列）。"),
                    preview.notes().toString());
            assertEquals(List.of("“2019-3”只有年和月，已按 2019-03-01 保存（该月 1 日）；如不对，请写上具体日期后重新导入",
                    "“2018年4月”只有年和月，已按 2018-04-01 保存（该月 1 日）；如不对，请写上具体日期后重新导入"),
                    preview.warnings().stream().map(RowError::message).toList());
            assertEquals(2, preview.skipped(), "the total row and the signature row");

            service.commit(ws, preview, false, Progress.NONE);

            Employee zhang = employee(ws, id(31));
            assertEquals("张伟", zhang.name(), "the zero-width space is gone");
            assertEquals(LocalDate.of(2019, 3, 1), zhang.hireDate());
            assertEquals("13900000032", employee(ws, id(32)).phone(), "full-width digits made half-width");
        }
    }

    @Test
    void theTextExportsSuggestFieldsForUnknownColumnsByTheirValuesWithoutApplyingThem() throws Exception {
        Path file = HrExports.TSV_UTF8_BOM.write(fixture.folder);
        try (Workspace ws = fixture.workspace("企业")) {
            RosterSheet sheet = service.read(file, null, Progress.NONE);
            assertEquals("工号", sheet.headers().get(0), "the byte order mark is not part of the first header");
            RosterPreview preview = service.preview(ws, sheet, sheet.automaticMapping());
            Map<String, RosterField> suggested = preview.unusedColumns().stream()
                    .collect(Collectors.toMap(UnusedColumn::header, UnusedColumn::suggestion));
            assertEquals(Map.of("备用字段", RosterField.GENDER, "联系", RosterField.PHONE), suggested);
            assertTrue(preview.notes().contains("“联系”（第 8 列）不导入：表头不认识，但内容看起来是“联系电话”；如是，请把它对应为“联系电话”。"),
                    preview.notes().toString());
            service.commit(ws, preview, false, Progress.NONE);
            assertEquals("", employee(ws, id(51)).phone(), "a suggestion is not applied by itself");
        }
    }

    @Test
    void theCommittedSampleRostersImport() throws Exception {
        Path folder = Path.of(System.getProperty("nineones.sampleData", "sample-data"), "rosters");
        for (HrExports export : List.of(HrExports.DINGTALK, HrExports.GOVERNMENT_FORM, HrExports.CSV_GBK)) {
            Path file = folder.resolve(export.fileName());
            assertTrue(Files.isRegularFile(file), file.toString());
            try (Workspace ws = fixture.workspace("样例" + export.ordinal())) {
                RosterPreview preview = preview(ws, file);
                assertEquals(export.people(), preview.valid(), export.name());
                assertEquals(export.units().size() + 1, preview.newOrgUnits().size(), export.name());
            }
        }
    }

    private static Employee employee(Workspace ws, String idNumber) {
        return ws.read(s -> s.employees().all()).stream().filter(e -> e.idNumber().value().equals(idNumber))
                .findFirst().orElseThrow();
    }
}
