package org.nineones.excel.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Messages;
import org.nineones.model.RiskLevel;

class RegisterWorkbookWriterTest {

    private static final String ENTERPRISE = "企业信息";
    private static final String ORG = "组织机构与岗位";
    private static final String REGISTER = "人员责任登记册";
    private static final String DUTIES = "岗位责任清单";

    @TempDir
    Path tempDir;

    private Path file;
    private final DataFormatter formatter = new DataFormatter();

    @BeforeEach
    void setUp() throws Exception {
        file = Files.createDirectories(tempDir.resolve("张三的文件")).resolve("登记册.xlsx");
    }

    private WorkbookSummary write(RegisterData data) throws Exception {
        return new RegisterWorkbookWriter(new Messages(Locale.SIMPLIFIED_CHINESE)).write(data, file);
    }

    private XSSFWorkbook readBack() throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private List<String> rowText(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return cells;
    }

    @Test
    void writesTheFourSheetsInOrderWithChineseNames() throws Exception {
        write(RegisterFixtures.sample());
        try (XSSFWorkbook wb = readBack()) {
            assertEquals(4, wb.getNumberOfSheets());
            assertEquals(List.of(ENTERPRISE, ORG, REGISTER, DUTIES),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
        }
    }

    @Test
    void registerHasTheAgreedColumnsIncludingBlankSignatureColumns() throws Exception {
        write(RegisterFixtures.sample());
        try (XSSFWorkbook wb = readBack()) {
            Sheet register = wb.getSheet(REGISTER);
            assertEquals(List.of("序号", "姓名", "性别", "身份证号", "工号", "部门/班组", "岗位", "入职日期", "特种作业证号",
                    "有效期至", "本人签名", "签名日期"), rowText(register.getRow(0)));
            Row first = register.getRow(1);
            assertEquals("", formatter.formatCellValue(first.getCell(10)));
            assertEquals("", formatter.formatCellValue(first.getCell(11)));
        }
    }

    @Test
    void registerListsEveryoneWhoHasNotLeftInTreeOrderWithMaskedIdNumbers() throws Exception {
        WorkbookSummary summary = write(RegisterFixtures.sample());
        try (XSSFWorkbook wb = readBack()) {
            Sheet register = wb.getSheet(REGISTER);
            assertEquals(5, register.getLastRowNum());
            assertEquals(5, summary.employees());
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= register.getLastRowNum(); r++) {
                names.add(formatter.formatCellValue(register.getRow(r).getCell(1)));
                String id = formatter.formatCellValue(register.getRow(r).getCell(3));
                assertTrue(id.matches("370102\\*{8}[0-9]{3}[0-9X]"), id);
            }
            // company, then 安全环保部 (sort order 1) before 生产部; in 甲班 阿宝 (a) sorts before 李四 (l) by pinyin
            assertEquals(List.of("张三", "赵六", "阿宝", "李四", "周七"), names);
            assertFalse(names.contains("王五"));
            Row liSi = register.getRow(4);
            assertEquals("生产部/合成车间/甲班", formatter.formatCellValue(liSi.getCell(5)));
            assertEquals("电工", formatter.formatCellValue(liSi.getCell(6)));
            assertEquals("男", formatter.formatCellValue(liSi.getCell(2)));
        }
    }

    @Test
    void masksAnIdNumberUsedAsTheCertificateNumber() throws Exception {
        write(RegisterFixtures.sample());
        try (XSSFWorkbook wb = readBack()) {
            String certificate = formatter.formatCellValue(wb.getSheet(REGISTER).getRow(4).getCell(8));
            assertTrue(certificate.matches("T370102\\*{8}[0-9]{3}[0-9X]"), certificate);
        }
    }

    @Test
    void noCellOrPageHeaderContainsAnUnmaskedIdNumber() throws Exception {
        write(RegisterFixtures.sample());
        String text;
        try (InputStream in = Files.newInputStream(file)) {
            text = UnmaskedIds.workbookText(in);
        }
        assertTrue(text.contains("李四"));
        assertEquals(List.of(), UnmaskedIds.in(text));
    }

    @Test
    void writesDatesAsExcelDates() throws Exception {
        write(RegisterFixtures.sample());
        try (XSSFWorkbook wb = readBack()) {
            Cell hire = wb.getSheet(REGISTER).getRow(4).getCell(7);
            assertEquals(CellType.NUMERIC, hire.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(hire));
            assertEquals(LocalDate.of(2020, 7, 1), hire.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("2020-07-01", formatter.formatCellValue(hire));
        }
    }

    @Test
    void orgSheetShowsTheTreeIndentedWithPostsAndRiskColours() throws Exception {
        WorkbookSummary summary = write(RegisterFixtures.sample());
        try (XSSFWorkbook wb = readBack()) {
            Sheet org = wb.getSheet(ORG);
            assertEquals(List.of("组织机构", "机构类型", "岗位", "岗位类别", "风险等级", "在册人数", "所属机构"),
                    rowText(org.getRow(0)));
            List<String> units = new ArrayList<>();
            Row operator = null;
            for (int r = 1; r <= org.getLastRowNum(); r++) {
                Row row = org.getRow(r);
                String unit = formatter.formatCellValue(row.getCell(0));
                if (!unit.isEmpty()) {
                    units.add(unit + "@" + row.getCell(0).getCellStyle().getIndention());
                }
                if ("合成操作工".equals(formatter.formatCellValue(row.getCell(2)))) {
                    operator = row;
                }
            }
            assertEquals(List.of("滨州示例化工有限公司@0", "安全环保部@1", "生产部@1", "合成车间@2", "甲班@3", "储运车间@2"), units);
            assertEquals("重大风险", formatter.formatCellValue(operator.getCell(4)));
            XSSFCellStyle risk = (XSSFCellStyle) operator.getCell(4).getCellStyle();
            assertArrayEquals(rgb(RiskLevel.MAJOR.colour()), risk.getFillForegroundXSSFColor().getRGB());
            assertEquals("1", formatter.formatCellValue(operator.getCell(5)), "王五 left, so only 阿宝 is counted");
            assertEquals("生产部/合成车间/甲班", formatter.formatCellValue(operator.getCell(6)));
            assertEquals(6, summary.orgUnits());
            assertEquals(5, summary.posts());
        }
    }

    @Test
    void dutySheetListsEachPostsDutiesInOrder() throws Exception {
        WorkbookSummary summary = write(RegisterFixtures.sample());
        try (XSSFWorkbook wb = readBack()) {
            Sheet duties = wb.getSheet(DUTIES);
            assertEquals(List.of("组织机构", "岗位", "序号", "岗位安全生产责任"), rowText(duties.getRow(0)));
            List<String> safety = new ArrayList<>();
            boolean forkliftHasNone = false;
            for (int r = 1; r <= duties.getLastRowNum(); r++) {
                List<String> row = rowText(duties.getRow(r));
                if (row.get(1).equals("安全管理员")) {
                    safety.add(row.get(2) + "." + row.get(3));
                }
                forkliftHasNone |= row.get(1).equals("叉车司机") && row.get(3).equals("（尚未填写岗位责任）");
            }
            assertEquals(List.of("1.组织开展危险源辨识和评估", "2.检查本单位的安全生产状况，及时排查事故隐患", "3.制止和纠正违章指挥"), safety);
            assertTrue(forkliftHasNone);
            assertEquals(8, summary.duties());
        }
    }

    @Test
    void enterpriseSheetShowsTheProfileAndCounts() throws Exception {
        write(RegisterFixtures.sample());
        try (XSSFWorkbook wb = readBack()) {
            Sheet sheet = wb.getSheet(ENTERPRISE);
            List<String> lines = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                lines.add(String.join("=", rowText(sheet.getRow(r))));
            }
            assertTrue(lines.contains("企业名称=滨州示例化工有限公司"), lines.toString());
            assertTrue(lines.contains("统一社会信用代码=" + RegisterFixtures.CREDIT_CODE));
            assertTrue(lines.contains("是否高危行业=是"));
            assertTrue(lines.contains("登记人数（人）=5"));
        }
    }

    @Test
    void everySheetPrintsOnA4FittedToWidthWithFrozenRepeatedHeader() throws Exception {
        write(RegisterFixtures.sample());
        try (XSSFWorkbook wb = readBack()) {
            for (Sheet s : wb) {
                XSSFSheet sheet = (XSSFSheet) s;
                PrintSetup print = sheet.getPrintSetup();
                assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), sheet.getSheetName());
                assertEquals(1, print.getFitWidth(), sheet.getSheetName());
                assertEquals(0, print.getFitHeight(), sheet.getSheetName());
                assertTrue(sheet.getFitToPage(), sheet.getSheetName());
                assertEquals("1:1", sheet.getRepeatingRows().formatAsString().replace("$", ""), sheet.getSheetName());
                assertTrue(sheet.getPaneInformation().isFreezePane(), sheet.getSheetName());
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), sheet.getSheetName());
                assertTrue(sheet.getColumnWidth(1) != sheet.getDefaultColumnWidth() * 256, sheet.getSheetName());
                assertTrue(sheet.getFooter().getCenter().contains("&P"), sheet.getSheetName());
            }
            assertTrue(wb.getSheet(REGISTER).getPrintSetup().getLandscape());
            assertTrue(wb.getSheet(ORG).getPrintSetup().getLandscape());
            assertFalse(wb.getSheet(ENTERPRISE).getPrintSetup().getLandscape());
        }
    }

    @Test
    void leavesNoTempFileBesideTheWorkbook() throws Exception {
        write(RegisterFixtures.sample());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file.getFileName().toString()), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void writesTenThousandPeopleQuickly() throws Exception {
        RegisterData data = RegisterFixtures.large(10_000);
        long start = System.nanoTime();
        WorkbookSummary summary = write(data);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("register workbook, 10,000 people: " + millis + " ms, " + Files.size(file) + " bytes");
        assertEquals(10_000, summary.employees());
        // generous bound for a shared 2-core machine: the point is to catch autoSizeColumn-style regressions
        assertTrue(millis < 10_000, millis + " ms");
        try (XSSFWorkbook wb = readBack()) {
            assertEquals(10_000, wb.getSheet(REGISTER).getLastRowNum());
        }
    }

    private static byte[] rgb(String hex) {
        return new byte[] {(byte) Integer.parseInt(hex.substring(1, 3), 16), (byte) Integer.parseInt(hex.substring(3, 5), 16),
                (byte) Integer.parseInt(hex.substring(5, 7), 16)};
    }
}
