package org.nineones.service.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nineones.excel.TestWorkbooks.id;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.excel.RosterSheet;
import org.nineones.model.Employee;
import org.nineones.model.Gender;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;

class RosterImportServiceTest {

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

    @Test
    void importsPeopleAndCreatesTheOrgTreeAndPostsWithDuties() throws Exception {
        Path file = fixture.roster("花名册.xlsx",
                new Object[] {1, "王总", id(1), "", "", "总经理", "2010.05.01"},
                new Object[] {2, "张三", id(2), "一车间", "甲班", "电工", "2021/3/5", "13900000001", "T001", "2027年3月4日"},
                new Object[] {3, "李四", id(3), "一车间", "甲班", "操作工", "20210305"},
                new Object[] {4, "赵六", id(4), "安环部", "", "安全员", LocalDate.of(2019, 1, 2)});
        try (Workspace ws = fixture.workspace("企业")) {
            RosterPreview preview = preview(ws, file);
            assertEquals(4, preview.valid());
            assertEquals(0, preview.invalid());
            assertEquals(4, preview.newPeople());
            assertEquals(List.of(RosterFixture.COMPANY, RosterFixture.COMPANY + "/一车间",
                    RosterFixture.COMPANY + "/一车间/甲班", RosterFixture.COMPANY + "/安环部"), preview.newOrgUnits());
            assertEquals(4, preview.newPosts().size());
            assertEquals(0, (int) ws.read(s -> s.orgUnits().count()), "a preview writes nothing");

            ImportResult result = service.commit(ws, preview, false, Progress.NONE);

            assertEquals(4, result.inserted());
            assertEquals(preview.newOrgUnits(), result.createdOrgUnits());
            Map<String, OrgUnit> units = ws.read(s -> s.orgUnits().all()).stream()
                    .collect(Collectors.toMap(OrgUnit::name, u -> u));
            assertEquals(OrgUnitKind.COMPANY, units.get(RosterFixture.COMPANY).kind());
            assertEquals(OrgUnitKind.WORKSHOP, units.get("一车间").kind());
            assertEquals(OrgUnitKind.TEAM, units.get("甲班").kind());
            assertEquals(units.get("一车间").id(), units.get("甲班").parentId());
            Map<String, Post> posts = ws.read(s -> s.posts().all()).stream().collect(Collectors.toMap(Post::name, p -> p));
            assertEquals(PostCategory.PRINCIPAL, posts.get("总经理").category());
            assertEquals(units.get(RosterFixture.COMPANY).id(), posts.get("总经理").orgUnitId());
            assertEquals(PostCategory.SPECIAL_OPERATION, posts.get("电工").category());
            assertEquals(RiskLevel.SIGNIFICANT, posts.get("电工").riskLevel());
            assertEquals(units.get("一车间").id(), posts.get("电工").orgUnitId(), "a post belongs to the workshop");
            assertEquals(PostCategory.SAFETY_MANAGER, posts.get("安全员").category());
            assertEquals(7, (int) ws.read(s -> s.posts().duties(posts.get("总经理").id())).size());
            assertTrue(ws.read(s -> s.posts().duties(posts.get("操作工").id())).size() >= 4);
            Employee zhang = employee(ws, id(2));
            assertEquals("张三", zhang.name());
            assertEquals(units.get("甲班").id(), zhang.orgUnitId(), "a person sits in the deepest unit given");
            assertEquals(posts.get("电工").id(), zhang.postId());
            assertEquals(LocalDate.of(2021, 3, 5), zhang.hireDate());
            assertEquals(LocalDate.of(2027, 3, 4), zhang.certificateExpiry());
            assertEquals("13900000001", zhang.phone());
            assertEquals(zhang.idNumber().gender(), zhang.gender(), "gender comes from the ID number");
            assertEquals("import", ws.read(s -> s.audit().latest(1)).get(0).action());
        }
    }

    @Test
    void aHireDateAfterTodayIsKeptAndSaid() throws Exception {
        LocalDate later = LocalDate.now().plusYears(4);
        Path file = fixture.roster("将来.xlsx",
                new Object[] {1, "张三", id(1), "一车间", "", "操作工", later.toString()},
                new Object[] {2, "李四", id(2), "一车间", "", "操作工", "2021/3/5"});
        try (Workspace ws = fixture.workspace("企业")) {
            RosterPreview preview = preview(ws, file);
            assertEquals(2, preview.valid());
            assertEquals(List.of("入职日期 " + later + " 在今天之后：已照此保存，此人在该日之前不计入在岗人员；如是录入错误，请改正后重新导入"),
                    preview.warnings().stream().map(RowError::message).toList());
            assertEquals(3, preview.warnings().get(0).row(), "the title row, the header, then 张三");
        }
    }

    @Test
    void aDepartmentWrittenAsAPathBecomesNestedUnits() throws Exception {
        Path file = fixture.roster("路径.xlsx",
                new Object[] {1, "张三", id(1), "生产部/一车间", "", "操作工"},
                new Object[] {2, "李四", id(2), "生产部 / 二车间", "甲班", "班长"},
                new Object[] {3, "王五", id(3), "生产部／一车间", "", "操作工"});
        try (Workspace ws = fixture.workspace("企业")) {
            RosterPreview preview = preview(ws, file);
            assertEquals(List.of(RosterFixture.COMPANY, RosterFixture.COMPANY + "/生产部",
                    RosterFixture.COMPANY + "/生产部/一车间", RosterFixture.COMPANY + "/生产部/二车间",
                    RosterFixture.COMPANY + "/生产部/二车间/甲班"), preview.newOrgUnits());

            service.commit(ws, preview, false, Progress.NONE);

            List<OrgUnit> all = ws.read(s -> s.orgUnits().all());
            assertFalse(all.stream().anyMatch(u -> u.name().contains("/") || u.name().contains("／")), all.toString());
            Map<String, OrgUnit> units = all.stream().collect(Collectors.toMap(OrgUnit::name, u -> u));
            assertEquals(OrgUnitKind.DEPARTMENT, units.get("生产部").kind());
            assertEquals(OrgUnitKind.WORKSHOP, units.get("一车间").kind());
            assertEquals(units.get("生产部").id(), units.get("一车间").parentId());
            assertEquals(units.get("一车间").id(), employee(ws, id(1)).orgUnitId());
            assertEquals(units.get("一车间").id(), employee(ws, id(3)).orgUnitId());
            assertEquals(units.get("甲班").id(), employee(ws, id(2)).orgUnitId());
            Post leader = ws.read(s -> s.posts().all()).stream().filter(p -> p.name().equals("班长")).findFirst().orElseThrow();
            assertEquals(units.get("二车间").id(), leader.orgUnitId(), "a post belongs to the workshop");
        }
    }

    private static Employee employee(Workspace ws, String idNumber) {
        return ws.read(s -> s.employees().all()).stream().filter(e -> e.idNumber().value().equals(idNumber))
                .findFirst().orElseThrow();
    }

    @Test
    void trimsFullWidthSpacesAndAcceptsALowerCaseX() throws Exception {
        String withX = findIdEndingInX();
        Path file = fixture.roster("空格.xlsx",
                new Object[] {1, "　张　三 ", "\u3000" + withX.toLowerCase() + " ", " 生产部　", "", "　操作工"});
        try (Workspace ws = fixture.workspace("企业")) {
            RosterPreview preview = preview(ws, file);
            assertEquals(List.of(), preview.errors());
            service.commit(ws, preview, false, Progress.NONE);
            Employee e = employee(ws, withX);
            assertEquals("张三", e.name());
            assertTrue(ws.read(s -> s.orgUnits().all()).stream().anyMatch(u -> u.name().equals("生产部")));
        }
    }

    static String findIdEndingInX() {
        for (int n = 0; ; n++) {
            if (id(n).endsWith("X")) {
                return id(n);
            }
        }
    }

    @Test
    void skipsBlankAndTotalRows() throws Exception {
        Path file = fixture.roster("合计.xlsx",
                new Object[] {1, "张三", id(1), "生产部"},
                new Object[] {},
                new Object[] {2, "李四", id(2), "生产部"},
                new Object[] {"合计", "", "", "2 人"},
                new Object[] {"", "总计：2人"});
        try (Workspace ws = fixture.workspace("企业")) {
            RosterPreview preview = preview(ws, file);
            assertEquals(2, preview.valid());
            assertEquals(0, preview.invalid());
            assertEquals(2, preview.skipped());
        }
    }

    @Test
    void aHeadCountUnderTheLastNameIsATotalRow() throws Exception {
        Path file = fixture.roster("人数.xlsx",
                new Object[] {1, "张三", id(1), "生产部"},
                new Object[] {2, "李四", id(2), "生产部"},
                new Object[] {"", "2人"},
                new Object[] {"", "共 2 人"});
        try (Workspace ws = fixture.workspace("企业")) {
            RosterPreview preview = preview(ws, file);
            assertEquals(2, preview.valid());
            assertEquals(0, preview.invalid(), "a head count is no person without an ID number");
            assertEquals(2, preview.skipped());
        }
    }

    @Test
    void aPersonWhosePostOrDepartmentStartsLikeATotalIsStillImported() throws Exception {
        Path file = fixture.roster("总计量师.xlsx",
                new Object[] {1, "张三", id(1), "总计划科", "", "总计量师"},
                new Object[] {2, "李四", id(2), "合计核算部", "", "示例工"},
                new Object[] {"合计", "", "", "2 人"},
                new Object[] {"", "", "共 2 人", "合计"});
        try (Workspace ws = fixture.workspace("企业")) {
            RosterPreview preview = preview(ws, file);
            assertEquals(2, preview.valid(), "nobody is dropped silently");
            assertEquals(0, preview.invalid());
            assertEquals(2, preview.skipped());
        }
    }

    @Test
    void rejectsEachBadRowWithItsRowNumberColumnAndReason() throws Exception {
        String good = id(10);
        String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        String badBirth = "370102" + "19901332" + "123";
        badBirth = badBirth + org.nineones.model.IdNumber.checkCharFor(badBirth);
        Path file = fixture.roster("有误.xlsx",
                new Object[] {1, "校验位错", wrongCheck},
                new Object[] {2, "生日错", badBirth},
                new Object[] {3, "", id(11)},
                new Object[] {4, "科学计数", 3.70102199001011E17},
                new Object[] {5, "文本科学计数", "3.70102E+17"},
                new Object[] {6, "丢了位", "370102199001011000"},
                new Object[] {7, "少了位", "37010219900101"},
                new Object[] {8, "日期错", id(12), "", "", "", "2021.02.30"},
                new Object[] {9, org.nineones.excel.TestWorkbooks.longText(32_767), id(13)},
                new Object[] {10, "部门太长", id(14), "部".repeat(500)},
                new Object[] {11, "正确", id(15)});
        try (Workspace ws = fixture.workspace("企业")) {
            RosterPreview preview = preview(ws, file);
            Map<Integer, RowError> byRow = preview.errors().stream().collect(Collectors.toMap(RowError::row, e -> e));
            assertEquals(10, preview.invalid());
            assertEquals(1, preview.valid());
            assertEquals(fixture.services.messages().of(org.nineones.model.IdNumber.Problem.BAD_CHECK_DIGIT),
                    byRow.get(3).message());
            assertEquals("身份证号", byRow.get(3).column());
            assertEquals(2, byRow.get(3).columnIndex());
            assertTrue(byRow.get(4).message().contains("出生日期"));
            assertEquals("姓名", byRow.get(5).column());
            assertTrue(byRow.get(5).message().contains("姓名为空"));
            assertTrue(byRow.get(6).message().contains("3.70102E+17"));
            assertTrue(byRow.get(7).message().contains("3.70102E+17"));
            assertTrue(byRow.get(8).message().contains("后几位已丢失"));
            assertTrue(byRow.get(9).message().contains("18 位"));
            assertEquals("入职日期", byRow.get(10).column());
            assertTrue(byRow.get(10).message().contains("2021.02.30"));
            assertEquals("姓名", byRow.get(11).column());
            assertTrue(byRow.get(11).message().contains("32767"), byRow.get(11).message());
            assertEquals("部门", byRow.get(12).column());
        }
    }

    @Test
    void reportsBothRowsOfADuplicatedIdNumber() throws Exception {
        Path file = fixture.roster("重复.xlsx",
                new Object[] {1, "张三", id(1)},
                new Object[] {2, "李四", id(2)},
                new Object[] {3, "张三三", id(1)});
        try (Workspace ws = fixture.workspace("企业")) {
            RosterPreview preview = preview(ws, file);
            assertEquals(2, preview.invalid());
            assertEquals(List.of(3, 5), preview.errors().stream().map(RowError::row).toList());
            assertTrue(preview.errors().get(0).message().contains("第 5 行"));
            assertTrue(preview.errors().get(1).message().contains("第 3 行"));
        }
    }

    @Test
    void findsADuplicatedIdNumberEvenWhenTheOtherRowHasAnotherError() throws Exception {
        Path file = fixture.roster("重复.xlsx",
                new Object[] {1, "张三", id(1)},
                new Object[] {2, "张三", id(1), "", "", "", "2021.13.01"});
        try (Workspace ws = fixture.workspace("企业")) {
            RosterPreview preview = preview(ws, file);
            assertEquals(0, preview.valid());
            assertEquals(2, preview.invalid());
            assertEquals(List.of(3, 4, 4), preview.errors().stream().map(RowError::row).toList());
            assertTrue(preview.errors().get(0).message().contains("第 4 行"));
        }
    }

    @Test
    void refusesToCommitWithInvalidRowsAndWritesNothing() throws Exception {
        Path file = fixture.roster("有误.xlsx", new Object[] {1, "张三", id(1), "生产部"}, new Object[] {2, "", id(2)});
        try (Workspace ws = fixture.workspace("企业")) {
            RosterPreview preview = preview(ws, file);
            ImportException e = assertThrows(ImportException.class,
                    () -> service.commit(ws, preview, false, Progress.NONE));
            assertEquals(ImportException.Reason.INVALID_ROWS, e.reason());
            assertEquals(0, (int) ws.read(s -> s.employees().count()));
            assertEquals(0, (int) ws.read(s -> s.orgUnits().count()));
        }
    }

    @Test
    void importsOnlyTheValidRowsWhenAskedToSkipInvalidOnes() throws Exception {
        Path file = fixture.roster("有误.xlsx", new Object[] {1, "张三", id(1), "生产部"}, new Object[] {2, "", id(2)});
        try (Workspace ws = fixture.workspace("企业")) {
            ImportResult result = service.commit(ws, preview(ws, file), true, Progress.NONE);
            assertEquals(1, result.inserted());
            assertEquals(1, result.skippedInvalid());
            assertEquals(1, (int) ws.read(s -> s.employees().count()));
        }
    }

    @Test
    void writesNothingWhenTheCommitIsCancelledHalfway() throws Exception {
        Object[][] rows = new Object[2500][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {i + 1, "员工" + i, id(i), "生产部", "", "操作工"};
        }
        Path file = fixture.roster("多人.xlsx", rows);
        try (Workspace ws = fixture.workspace("企业")) {
            RosterPreview preview = preview(ws, file);
            Progress cancelAfterStart = new Progress() {
                private int updates;

                @Override
                public void update(long done, long total, String message) {
                    updates++;
                }

                @Override
                public boolean isCancelled() {
                    return updates >= 2;
                }
            };
            assertThrows(CancelledException.class, () -> service.commit(ws, preview, false, cancelAfterStart));
            assertEquals(0, (int) ws.read(s -> s.employees().count()));
            assertEquals(0, (int) ws.read(s -> s.orgUnits().count()));
            assertEquals(0, (int) ws.read(s -> s.posts().count()));
        }
    }

    @Test
    void reImportUpdatesPeopleMatchedByIdNumberInsteadOfDuplicatingThem() throws Exception {
        Path first = fixture.roster("第一次.xlsx",
                new Object[] {1, "张三", id(1), "生产部", "", "操作工", "2021-03-05", "13900000001"},
                new Object[] {2, "李四", id(2), "生产部", "", "操作工"});
        try (Workspace ws = fixture.workspace("企业")) {
            service.commit(ws, preview(ws, first), false, Progress.NONE);
            Path second = org.nineones.excel.TestWorkbooks.xlsx(fixture.folder.resolve("第二次.xlsx"), wb ->
                    org.nineones.excel.TestWorkbooks.rows(wb.createSheet("人员"), 0,
                            new Object[] {"姓名", "身份证号", "部门", "岗位"},
                            new Object[] {"张三丰", id(1), "机修车间", "电工"},
                            new Object[] {"王五", id(3), "生产部", "操作工"}));
            RosterPreview preview = preview(ws, second);
            assertEquals(1, preview.updatedPeople());
            assertEquals(1, preview.newPeople());

            ImportResult result = service.commit(ws, preview, false, Progress.NONE);

            assertEquals(1, result.updated());
            assertEquals(1, result.inserted());
            assertEquals(3, (int) ws.read(s -> s.employees().count()));
            Employee zhang = employee(ws, id(1));
            assertEquals("张三丰", zhang.name());
            assertEquals("13900000001", zhang.phone(), "a column the roster lacks keeps its value");
            assertEquals(LocalDate.of(2021, 3, 5), zhang.hireDate());
            OrgUnit repair = ws.read(s -> s.orgUnits().all()).stream().filter(u -> u.name().equals("机修车间"))
                    .findFirst().orElseThrow();
            assertEquals(OrgUnitKind.WORKSHOP, repair.kind(), "a department ending in 车间 is a workshop");
            assertEquals(repair.id(), zhang.orgUnitId());
            assertEquals(1, (int) ws.read(s -> s.orgUnits().all()).stream().filter(u -> u.name().equals("生产部")).count());
        }
    }

    @Test
    void aCorrectedMappingIsUsedForTheImport() throws Exception {
        Path file = org.nineones.excel.TestWorkbooks.xlsx(fixture.folder.resolve("映射.xlsx"), wb ->
                org.nineones.excel.TestWorkbooks.rows(wb.createSheet("人员"), 0,
                        new Object[] {"职工名", "身份证号", "部门", "性别"},
                        new Object[] {"张三", id(1), "生产部", "女"}));
        try (Workspace ws = fixture.workspace("企业")) {
            RosterSheet sheet = service.read(file, null, Progress.NONE);
            ImportException missing = assertThrows(ImportException.class,
                    () -> service.preview(ws, sheet, sheet.automaticMapping()));
            assertEquals(ImportException.Reason.MISSING_COLUMN, missing.reason());
            assertTrue(missing.getMessage().contains("--map"));
            var mapping = service.remap(sheet.automaticMapping(), "职工名", "name");
            RosterPreview preview = service.preview(ws, sheet, mapping);
            assertEquals(1, preview.valid());
            service.commit(ws, preview, false, Progress.NONE);
            assertEquals(Gender.FEMALE, employee(ws, id(1)).gender(), "a given gender wins over the ID number");
            assertThrows(ImportException.class, () -> service.remap(mapping, "没有这列", "name"));
            assertThrows(ImportException.class, () -> service.remap(mapping, "职工名", "nickname"));
        }
    }

    @Test
    void badFilesGiveOneClearSentence() throws Exception {
        Path text = java.nio.file.Files.writeString(
                java.nio.file.Files.createDirectories(fixture.folder).resolve("名单.xlsx"), "张三,1",
                java.nio.charset.StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> service.read(text, null, Progress.NONE));
        assertEquals(ImportException.Reason.NOT_A_SPREADSHEET, e.reason());
        assertTrue(e.getMessage().contains("名单.xlsx") && e.getMessage().contains("另存为"), e.getMessage());
        assertFalse(e.getMessage().contains("!"), "every message exists in the bundle");
        ImportException missing = assertThrows(ImportException.class,
                () -> service.read(fixture.folder.resolve("没有.xlsx"), null, Progress.NONE));
        assertEquals(ImportException.Reason.NOT_FOUND, missing.reason());
        assertTrue(missing.getMessage().startsWith("找不到文件"), missing.getMessage());
    }

    @Test
    void readingStopsWhenCancelled() throws Exception {
        Object[][] rows = new Object[1500][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {i + 1, "员工" + i, id(i)};
        }
        Path file = fixture.roster("取消.xlsx", rows);
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                // not watched
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> service.read(file, null, cancelled));
    }
}
