package org.nineones.service.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nineones.excel.TestWorkbooks.id;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.excel.RosterSheet;
import org.nineones.excel.TestWorkbooks;
import org.nineones.model.PostCategory;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;

class RosterFilesTest {

    @TempDir
    Path tempDir;

    private RosterFixture fixture;
    private RosterImportService service;

    @BeforeEach
    void setUp() {
        fixture = new RosterFixture(tempDir);
        service = fixture.service();
    }

    @Test
    void errorReportHoldsTheBadRowsWithOffendingCellsHighlightedAndAMessageColumn() throws Exception {
        Path file = fixture.roster("有误.xlsx",
                new Object[] {1, "张三", id(1), "生产部"},
                new Object[] {2, "", id(2), "生产部"},
                new Object[] {3, "王五", "37010219900101123", "生产部", "", "", "2021.13.01"});
        Path out = fixture.folder.resolve("错误报告.xlsx");
        try (Workspace ws = fixture.workspace("企业")) {
            RosterSheet sheet = service.read(file, null, Progress.NONE);
            RosterPreview preview = service.preview(ws, sheet, sheet.automaticMapping());
            service.writeErrorReport(sheet, preview, out);
        }
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(0);
            int messageColumn = RosterFixture.HEADER.length;
            assertEquals("姓名", header.getCell(1).getStringCellValue());
            assertEquals("错误说明", header.getCell(messageColumn).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum(), "only the two bad rows");
            Row first = sheet.getRow(1);
            assertTrue(highlighted(first.getCell(1)), "the empty name cell is filled");
            assertTrue(!highlighted(first.getCell(2)), "the good ID cell is not");
            assertTrue(first.getCell(messageColumn).getStringCellValue().startsWith("第 4 行："));
            assertTrue(first.getCell(messageColumn).getStringCellValue().contains("姓名为空"));
            Row second = sheet.getRow(2);
            assertEquals("37010219900101123", second.getCell(2).getStringCellValue());
            assertTrue(highlighted(second.getCell(2)));
            assertTrue(highlighted(second.getCell(6)));
            assertEquals("王五", second.getCell(1).getStringCellValue());
            String message = second.getCell(messageColumn).getStringCellValue();
            assertTrue(message.contains("身份证号：") && message.contains("入职日期："), message);
        }
    }

    @Test
    void refusesToWriteTheErrorReportOverTheRosterItself() throws Exception {
        Path file = fixture.roster("花名册.xlsx",
                new Object[] {1, "张三", id(1), "生产部"},
                new Object[] {2, "", id(2), "生产部"});
        byte[] before = Files.readAllBytes(file);
        try (Workspace ws = fixture.workspace("企业")) {
            RosterSheet sheet = service.read(file, null, Progress.NONE);
            RosterPreview preview = service.preview(ws, sheet, sheet.automaticMapping());
            Path sameFile = fixture.folder.resolve(".").resolve("花名册.xlsx");
            ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                    () -> service.writeErrorReport(sheet, preview, sameFile));
            assertEquals(ImportException.Reason.CANNOT_WRITE, e.reason());
            assertTrue(e.getMessage().contains("花名册.xlsx"), e.getMessage());
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(file), "the roster is untouched");
    }

    private static boolean highlighted(org.apache.poi.ss.usermodel.Cell cell) {
        return cell != null && cell.getCellStyle().getFillPattern() == FillPatternType.SOLID_FOREGROUND;
    }

    @Test
    void templateHasInstructionsTextIdColumnDropDownsAndAnExampleRow() throws Exception {
        Path out = Files.createDirectories(fixture.folder).resolve("导入模板.xlsx");
        service.writeTemplate(out);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("填写说明", wb.getSheetName(0));
            assertTrue(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue().contains("模板"));
            XSSFSheet roster = wb.getSheet("花名册");
            Row header = roster.getRow(0);
            Map<String, Integer> columns = new HashMap<>();
            header.forEach(c -> columns.put(c.getStringCellValue(), c.getColumnIndex()));
            int idColumn = columns.get("身份证号");
            assertEquals("@", roster.getColumnStyle(idColumn).getDataFormatString());
            assertEquals("示例", roster.getRow(1).getCell(0).getStringCellValue());
            Map<Integer, List<String>> lists = new HashMap<>();
            for (DataValidation v : roster.getDataValidations()) {
                DataValidationConstraint c = v.getValidationConstraint();
                assertEquals(DataValidationConstraint.ValidationType.LIST, c.getValidationType());
                lists.put(v.getRegions().getCellRangeAddress(0).getFirstColumn(), List.of(c.getExplicitListValues()));
            }
            assertEquals(List.of("男", "女"), lists.get(columns.get("性别")));
            assertEquals(List.of("在岗", "休假/离岗", "已离职"), lists.get(columns.get("状态")));
            assertEquals(PostCategory.values().length, lists.get(columns.get("岗位类别")).size());
            assertTrue(lists.get(columns.get("岗位类别")).contains("特种作业"));
        }
    }

    @Test
    void aFilledInTemplateImportsAndItsExampleRowIsLeftOut() throws Exception {
        Path template = Files.createDirectories(fixture.folder).resolve("模板.xlsx");
        service.writeTemplate(template);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row row = wb.getSheet("花名册").createRow(2);
            String[] values = {"1", "李四", "女", id(5), "1002", "", "生产部", "", "", "安全员", "安全管理人员",
                    "2022年1月1日", "在岗"};
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
            try (var out = Files.newOutputStream(fixture.folder.resolve("已填.xlsx"))) {
                wb.write(out);
            }
        }
        try (Workspace ws = fixture.workspace("企业")) {
            RosterSheet sheet = service.read(fixture.folder.resolve("已填.xlsx"), null, Progress.NONE);
            assertEquals("花名册", sheet.sheetName());
            RosterPreview preview = service.preview(ws, sheet, sheet.automaticMapping());
            assertEquals(List.of(), preview.errors());
            assertEquals(1, preview.valid());
            assertEquals(1, preview.skipped(), "the example row");
            service.commit(ws, preview, false, Progress.NONE);
            assertEquals(PostCategory.SAFETY_MANAGER, ws.read(s -> s.posts().all()).get(0).category());
            assertNotEquals(0, (int) ws.read(s -> s.employees().count()));
        }
    }

    @Test
    void readsAnXlsRosterToo() throws Exception {
        Path file = TestWorkbooks.xls(fixture.folder.resolve("旧格式.xls"), wb -> TestWorkbooks.rows(
                wb.createSheet("人员"), 0, new Object[] {"姓名", "身份证号码", "所在部门", "工种", "参加工作时间"},
                new Object[] {"张三", id(1), "生产部", "焊工", java.time.LocalDate.of(2001, 7, 1)}));
        try (Workspace ws = fixture.workspace("企业")) {
            RosterSheet sheet = service.read(file, null, Progress.NONE);
            RosterPreview preview = service.preview(ws, sheet, sheet.automaticMapping());
            assertEquals(1, preview.valid());
            assertEquals(java.time.LocalDate.of(2001, 7, 1), preview.people().get(0).hireDate());
        }
    }
}
