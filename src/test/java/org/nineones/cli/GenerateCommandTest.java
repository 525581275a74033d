package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.sample.Roster;

class GenerateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Services services = new Services(new Settings(dir.resolve("home")), new Messages(java.util.Locale.SIMPLIFIED_CHINESE));
        return NineonesCli.commandLine(services, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void writesTheRosterOfAsManyEmployeesAsAsked() throws Exception {
        Path file = dir.resolve("张三的文件").resolve("花名册.xlsx");
        assertEquals(NineonesCli.OK, run("generate", "--employees", "300", "--seed", "1", "--out", file.toString()));
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(Roster.SHEET);
            assertEquals(Roster.HEADER_ROW + 1 + 300, sheet.getLastRowNum());
        }
        assertTrue(out.toString().contains("300 人"), out.toString());
    }

    @Test
    void listsTheInjectedInvalidRowsByExcelRowNumber() {
        Path file = dir.resolve("invalid.xlsx");
        assertEquals(NineonesCli.OK, run("generate", "--employees", "100", "--invalid", "2", "--out", file.toString()));
        String printed = out.toString();
        assertTrue(printed.contains("row " + Roster.excelRowNumber(33) + ": WRONG_CHECK_DIGIT"), printed);
        assertTrue(printed.contains("row " + Roster.excelRowNumber(66) + ": SCIENTIFIC_NOTATION"), printed);
    }

    @Test
    void saysInOneSentenceWhenTheFileCannotBeWritten() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("张三的文件").resolve("花名册.xlsx"));
        Files.writeString(folder.resolve("占位.txt"), "x", java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(NineonesCli.FAILED, run("generate", "--employees", "10", "--out", folder.toString()));
        assertTrue(err.toString().contains("“" + folder.toAbsolutePath() + "”是一个文件夹，未写入任何内容。"), err.toString());
        try (var left = Files.list(folder.getParent())) {
            assertEquals(1, left.count(), "no half-written file is left beside it");
        }
    }

    @Test
    void writesTheSampleEnterprise() {
        Path file = dir.resolve("示例.xlsx");
        assertEquals(NineonesCli.OK, run("generate", "--sample", "--out", file.toString()));
        assertTrue(out.toString().contains("滨州示例化工有限公司，200 人"), out.toString());
    }

    @Test
    void failsWithExitCodeOneOnAnImpossibleCount() {
        Path file = dir.resolve("none.xlsx");
        assertEquals(NineonesCli.FAILED, run("generate", "--employees", "0", "--out", file.toString()));
        assertTrue(err.toString().contains("--employees"), err.toString());
        assertFalse(Files.exists(file));
    }

    @Test
    void failsWithExitCodeOneOnTooManyInvalidRowsOrBadNumbers() {
        assertEquals(NineonesCli.FAILED, run("generate", "--employees", "10", "--invalid", "6", "--out", "x.xlsx"));
        assertEquals(NineonesCli.FAILED, run("generate", "--employees", "ten", "--out", "x.xlsx"));
        assertEquals(NineonesCli.FAILED, run("generate", "--employees", "10"));
    }

    @Test
    void explainsItselfWithHelp() {
        assertEquals(NineonesCli.OK, run("generate", "--help"));
        assertTrue(out.toString().contains("--employees") && out.toString().contains("--invalid"), out.toString());
    }
}
