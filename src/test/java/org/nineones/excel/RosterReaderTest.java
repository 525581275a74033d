package org.nineones.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nineones.excel.TestWorkbooks.id;
import static org.nineones.excel.TestWorkbooks.rows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RosterReaderTest {

    @TempDir
    Path tempDir;

    private final RosterReader reader = new RosterReader(new SpreadsheetReader(), 100_000);

    private Path folder() {
        return tempDir.resolve("张三的文件");
    }

    private static void typicalRoster(Workbook wb) {
        Sheet notes = wb.createSheet("填写说明");
        rows(notes, 0, new Object[] {"请按下表填写：姓名、身份证号必填"}, new Object[] {"姓名：员工姓名"});
        Sheet roster = wb.createSheet("员工花名册");
        rows(roster, 0, new Object[] {"XX化工有限公司员工花名册"});
        roster.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        rows(roster, 1, new Object[] {"制表日期：2024年5月"});
        rows(roster, 4, new Object[] {"序号", "员工姓名", "身份证号码", "所属部门", "岗位（工种）", "入厂日期"},
                new Object[] {1.0, "张三", id(1), "生产部", "操作工", LocalDate.of(2021, 3, 5)},
                new Object[] {2.0, "李四", id(2), "安环部", "安全员", "2020.1.2"});
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void findsHeaderBelowTitleMergedCellsAndBlankRowsAfterAnInstructionsSheet(String format) throws IOException {
        Path file = folder().resolve("花名册." + format);
        if (format.equals("xlsx")) {
            TestWorkbooks.xlsx(file, RosterReaderTest::typicalRoster);
        } else {
            TestWorkbooks.xls(file, RosterReaderTest::typicalRoster);
        }

        RosterSheet sheet = read(file, null);

        assertEquals("员工花名册", sheet.sheetName());
        assertEquals(List.of("填写说明", "员工花名册"), sheet.sheetNames());
        assertEquals(5, sheet.headerRowNumber());
        assertEquals(2, sheet.rows().size());
        assertEquals(6, sheet.rows().get(0).rowNumber());
        ColumnMapping m = sheet.automaticMapping();
        assertEquals(1, m.columnOf(RosterField.NAME));
        assertEquals(2, m.columnOf(RosterField.ID_NUMBER));
        assertEquals(3, m.columnOf(RosterField.DEPARTMENT));
        assertEquals(4, m.columnOf(RosterField.POST));
        assertEquals(5, m.columnOf(RosterField.HIRE_DATE));
        assertEquals(RosterField.IGNORE, m.fieldOf(0));
        assertEquals(LocalDateTime.of(2021, 3, 5, 0, 0), sheet.rows().get(0).cell(5));
        assertEquals(id(1), sheet.rows().get(0).cell(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aDepartmentMergedDownOverSeveralPeopleBelongsToEachOfThem(String format) throws IOException {
        java.util.function.Consumer<Workbook> content = wb -> {
            Sheet roster = wb.createSheet("花名册");
            rows(roster, 0, new Object[] {"序号", "姓名", "身份证号", "部门", "岗位"},
                    new Object[] {1.0, "张三", id(1), "生产部", "操作工"},
                    new Object[] {2.0, "李四", id(2), null, "操作工"},
                    new Object[] {3.0, "王五", id(3), null, "班长"},
                    new Object[] {4.0, "赵六", id(4), "安环部", "安全员"});
            roster.addMergedRegion(new CellRangeAddress(1, 3, 3, 3));
        };
        Path file = folder().resolve("合并部门." + format);
        if (format.equals("xlsx")) {
            TestWorkbooks.xlsx(file, content);
        } else {
            TestWorkbooks.xls(file, content);
        }

        RosterSheet sheet = read(file, null);

        assertEquals(List.of("生产部", "生产部", "生产部", "安环部"),
                sheet.rows().stream().map(r -> r.cell(3)).toList());
    }

    @Test
    void detectsTheFormatByContentNotByExtension() throws IOException {
        Path file = TestWorkbooks.xls(folder().resolve("其实是xls.xlsx"), RosterReaderTest::typicalRoster);
        assertEquals(2, read(file, null).rows().size());
    }

    @Test
    void skipsHiddenSheetsInAutoDetectionButReadsOneByName() throws IOException {
        Path file = TestWorkbooks.xlsx(folder().resolve("隐藏.xlsx"), wb -> {
            Sheet old = wb.createSheet("旧名单");
            rows(old, 0, new Object[] {"姓名", "身份证号", "部门", "岗位"}, new Object[] {"王五", id(9), "旧部门", "旧岗位"});
            Sheet current = wb.createSheet("在职");
            rows(current, 0, new Object[] {"姓名", "身份证号"}, new Object[] {"张三", id(1)});
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
        });

        assertEquals("在职", read(file, null).sheetName());
        RosterSheet hidden = read(file, "旧名单");
        assertEquals("旧名单", hidden.sheetName());
        assertEquals("王五", hidden.rows().get(0).cell(0));
    }

    @Test
    void normalisesHeadersWithSpacesBracketsAndLineBreaks() throws IOException {
        Path file = TestWorkbooks.xlsx(folder().resolve("表头.xlsx"), wb -> rows(wb.createSheet("Sheet1"), 0,
                new Object[] {"姓　名", "身份证\n号码", " 岗位(工种) ", "*联系电话", "证书有效期至："},
                new Object[] {"张三", id(1), "电工", "13900000000", "2026-01-01"}));
        ColumnMapping m = read(file, null).automaticMapping();
        assertEquals(0, m.columnOf(RosterField.NAME));
        assertEquals(1, m.columnOf(RosterField.ID_NUMBER));
        assertEquals(2, m.columnOf(RosterField.POST));
        assertEquals(3, m.columnOf(RosterField.PHONE));
        assertEquals(4, m.columnOf(RosterField.CERTIFICATE_EXPIRY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void readsFormulaCellsAsTheirCachedValues(String format) throws IOException {
        Path target = folder().resolve("公式." + format);
        java.util.function.Consumer<Workbook> content = wb -> {
            Sheet s = wb.createSheet("人员");
            rows(s, 0, new Object[] {"姓名", "身份证号", "部门", "工号"},
                    new Object[] {"张", id(1), "生产部", 1000.0});
            s.getRow(1).createCell(4).setCellValue("三");
            s.getRow(1).getCell(0).setCellFormula("\"张\"&E2");
            s.getRow(1).getCell(3).setCellFormula("1000+1");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        };
        Path file = format.equals("xlsx") ? TestWorkbooks.xlsx(target, content) : TestWorkbooks.xls(target, content);
        SheetRow row = read(file, null).rows().get(0);
        assertEquals("张三", row.cell(0));
        assertEquals(1001.0, row.cell(3));
    }

    @Test
    void readsALongCellWhole() throws IOException {
        String huge = TestWorkbooks.longText(32_767);
        Path file = TestWorkbooks.xlsx(folder().resolve("长.xlsx"), wb -> rows(wb.createSheet("人员"), 0,
                new Object[] {"姓名", "身份证号"}, new Object[] {huge, id(1)}));
        assertEquals(32_767, ((String) read(file, null).rows().get(0).cell(0)).length());
    }

    @Test
    void refusesAFileWithoutARecognisableHeader() throws IOException {
        Path file = TestWorkbooks.xlsx(folder().resolve("无表头.xlsx"), wb -> rows(wb.createSheet("Sheet1"), 0,
                new Object[] {"甲", "乙", "丙"}, new Object[] {"1", "2", "3"}));
        assertEquals(SpreadsheetException.Reason.NO_HEADER, refused(file));
    }

    @Test
    void refusesASheetNameThatDoesNotExist() throws IOException {
        Path file = TestWorkbooks.xlsx(folder().resolve("a.xlsx"), RosterReaderTest::typicalRoster);
        SpreadsheetException e = assertThrows(SpreadsheetException.class, () -> reader.read(file, "不存在"));
        assertEquals(SpreadsheetException.Reason.SHEET_NOT_FOUND, e.reason());
    }

    @Test
    void treatsAWorkbookWithOnlyEmptySheetsAsEmpty() throws IOException {
        Path file = TestWorkbooks.xlsx(folder().resolve("空表.xlsx"), wb -> wb.createSheet("Sheet1"));
        assertEquals(SpreadsheetException.Reason.EMPTY, refused(file));
    }

    @Test
    void keepsBigNumbersInExcelsScientificFormAsText() {
        assertEquals("3.70102E+17", CellValues.text(3.70102199001011E17));
        assertEquals("13900000000", CellValues.text(13900000000.0));
        assertEquals("1001", CellValues.text(1001.0));
        assertTrue(CellValues.isBlank("\u3000 "));
    }

    private RosterSheet read(Path file, String sheet) {
        try {
            return reader.read(file, sheet);
        } catch (SpreadsheetException e) {
            throw new AssertionError(e);
        }
    }

    private SpreadsheetException.Reason refused(Path file) {
        return assertThrows(SpreadsheetException.class, () -> reader.read(file, null)).reason();
    }
}
