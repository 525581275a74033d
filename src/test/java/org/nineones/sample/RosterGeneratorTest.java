package org.nineones.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nineones.model.IdNumber;

class RosterGeneratorTest {

    private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}");

    @TempDir
    Path dir;

    @Test
    void sameEmployeesAndSeedGiveTheSameCellValues() throws Exception {
        Path folder = dir.resolve("张三的文件");
        Path first = RosterGeneratorTest.write(folder.resolve("一.xlsx"), 500, 7, 3);
        Path second = RosterGeneratorTest.write(folder.resolve("二.xlsx"), 500, 7, 3);
        assertEquals(WorkbookText.dump(first), WorkbookText.dump(second));
    }

    @Test
    void anotherSeedGivesOtherPeople() {
        assertNotEquals(RosterGenerator.synthetic(300, 1).build().rows(), RosterGenerator.synthetic(300, 2).build().rows());
    }

    @Test
    void everyGeneratedIdNumberIsValidUniqueAndMatchesGenderAndBirthYears() {
        Roster roster = RosterGenerator.synthetic(3000, 11).build();
        Set<String> seen = new HashSet<>();
        for (RosterRow row : roster.rows()) {
            IdNumber.Check check = IdNumber.check(row.idNumber());
            assertTrue(check.valid(), () -> row.idNumber() + " " + check.problem());
            IdNumber id = check.idNumber();
            assertEquals(row.gender(), id.gender());
            int year = id.birthDate().getYear();
            assertTrue(year >= 1966 && year <= 2004, "birth year " + year);
            assertTrue(id.value().startsWith("37"), "a Shandong region: " + id.value());
            assertTrue(seen.add(id.value()), "duplicate " + id.value());
            assertFalse(row.hireDate().isBefore(id.birthDate().plusYears(18)), "hired before 18: " + row);
            assertTrue(PHONE.matcher(row.phone()).matches(), row.phone());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 30, 199, 200, 1234, 10_000})
    void writesExactlyTheNumberOfEmployeesAsked(int employees) {
        assertEquals(employees, RosterGenerator.synthetic(employees, 5).build().rows().size());
    }

    @Test
    void biggerPlantsHaveMoreWorkshopsAndPosts() {
        CompanyPlan small = RosterGenerator.synthetic(200, 1).company();
        CompanyPlan big = RosterGenerator.synthetic(10_000, 1).company();
        assertTrue(small.postNames().size() >= 22 && small.postNames().size() <= 30, small.postNames().toString());
        assertTrue(big.postNames().size() > small.postNames().size() + 10, big.postNames().toString());
        assertTrue(big.units().size() > small.units().size() + 10);
    }

    @Test
    void writesTheLayoutHrKeeps() throws Exception {
        Path file = write(dir.resolve("张三的文件").resolve("花名册.xlsx"), 120, 3, 0);
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            assertEquals(Roster.INSTRUCTIONS_SHEET, wb.getSheetName(0));
            Sheet sheet = wb.getSheetAt(1);
            assertEquals(Roster.SHEET, sheet.getSheetName());
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().endsWith("2026年员工花名册"));
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(0, 0, 0, 12)));
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().startsWith("填报单位"));
            assertTrue(sheet.getRow(2) == null || sheet.getRow(2).getPhysicalNumberOfCells() == 0);
            Row header = sheet.getRow(Roster.HEADER_ROW);
            for (int c = 0; c < Roster.HEADERS.size(); c++) {
                assertEquals(Roster.HEADERS.get(c), header.getCell(c).getStringCellValue());
            }
            for (int r = Roster.HEADER_ROW + 1; r < Roster.HEADER_ROW + 1 + 120; r++) {
                Cell id = sheet.getRow(r).getCell(3);
                assertEquals(CellType.STRING, id.getCellType(), "ID stored as text, row " + (r + 1));
                assertEquals("@", id.getCellStyle().getDataFormatString());
            }
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertEquals("合计", total.getCell(0).getStringCellValue());
            assertEquals("120人", total.getCell(1).getStringCellValue());
        }
    }

    @Test
    void writesHireDatesInTheMixedWaysHrDoes() throws Exception {
        Roster roster = RosterGenerator.synthetic(400, 9).build();
        Set<DateStyle> styles = EnumSet.noneOf(DateStyle.class);
        roster.rows().forEach(r -> styles.add(r.hireDateStyle()));
        assertEquals(EnumSet.allOf(DateStyle.class), styles);
        Path file = dir.resolve("dates.xlsx");
        new RosterWorkbookWriter().write(roster, file);
        List<List<String>> table = WorkbookText.rosterTable(file);
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(Roster.SHEET);
            for (int i = 0; i < roster.rows().size(); i++) {
                RosterRow row = roster.rows().get(i);
                Cell cell = sheet.getRow(Roster.HEADER_ROW + 1 + i).getCell(8);
                if (row.hireDateStyle() == DateStyle.EXCEL_DATE) {
                    assertTrue(DateUtil.isCellDateFormatted(cell));
                    assertEquals(row.hireDate(), cell.getLocalDateTimeCellValue().toLocalDate());
                } else {
                    assertEquals(row.hireDateStyle().format(row.hireDate()), table.get(i + 1).get(8));
                }
            }
        }
    }

    @Test
    void specialOperationWorkersHaveCertificatesAndSomeExpireSoon() {
        Roster roster = RosterGenerator.synthetic(2000, 3).build();
        List<RosterRow> special = roster.rows().stream().filter(RosterRow::isSpecialOperation).toList();
        assertTrue(special.size() > 100);
        Set<String> posts = new HashSet<>();
        special.forEach(r -> posts.add(r.post()));
        assertTrue(posts.containsAll(List.of("电工", "焊工", "叉车司机", "起重机司机", "司炉工")), posts.toString());
        LocalDate soon = roster.asOf().plusDays(60);
        long expiringSoon = special.stream().filter(r -> !r.certificateExpiry().isAfter(soon)).count();
        assertTrue(expiringSoon > 0 && expiringSoon < special.size() / 4, "expiring soon: " + expiringSoon);
        assertTrue(special.stream().allMatch(r -> r.certificateExpiry().isAfter(roster.asOf())));
    }

    @Test
    void injectsInvalidRowsAtEvenlySpreadPositionsAndLeavesTheOthersAlone() {
        List<RosterRow> clean = RosterGenerator.synthetic(100, 4).build().rows();
        List<RosterRow> spoiled = RosterGenerator.synthetic(100, 4).withInvalidRows(4).build().rows();
        assertEquals(List.of(20, 40, 60, 80), RosterGenerator.invalidPositions(100, 4));
        for (int i = 0; i < 100; i++) {
            if (!List.of(20, 40, 60, 80).contains(i)) {
                assertEquals(clean.get(i), spoiled.get(i));
            }
        }
        assertEquals(InvalidKind.WRONG_CHECK_DIGIT, spoiled.get(20).invalid());
        assertEquals(IdNumber.Problem.BAD_CHECK_DIGIT, IdNumber.check(spoiled.get(20).idNumber()).problem());
        assertEquals(InvalidKind.SCIENTIFIC_NOTATION, spoiled.get(40).invalid());
        assertEquals(InvalidKind.MISSING_NAME, spoiled.get(60).invalid());
        assertEquals("", spoiled.get(60).name());
        assertEquals(InvalidKind.DUPLICATE_ID, spoiled.get(80).invalid());
        assertEquals(spoiled.get(79).idNumber(), spoiled.get(80).idNumber());
    }

    @Test
    void writesInvalidRowsAsExcelWouldShowThem() throws Exception {
        Path file = write(dir.resolve("错误.xlsx"), 100, 4, 4);
        List<List<String>> table = WorkbookText.rosterTable(file);
        List<String> mangled = table.get(41);
        assertTrue(mangled.get(3).matches("3\\.7\\d*E\\+17"), mangled.get(3));
        assertEquals(IdNumber.Problem.SCIENTIFIC_NOTATION, IdNumber.check(mangled.get(3)).problem());
        assertEquals("", table.get(61).get(1));
        assertEquals(table.get(80).get(3), table.get(81).get(3));
        assertEquals(2 + Roster.HEADER_ROW + 40, Roster.excelRowNumber(40));
    }

    @Test
    void refusesMoreInvalidRowsThanHalfTheEmployees() {
        assertThrows(IllegalArgumentException.class, () -> RosterGenerator.synthetic(10, 1).withInvalidRows(6));
    }

    private static Path write(Path file, int employees, long seed, int invalid) throws Exception {
        RosterGenerator.synthetic(employees, seed).withInvalidRows(invalid).write(file);
        return file;
    }
}
