package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;

/** {@code nineones checklist}: blank, export, import (and again, and with errors), list, help; read back with POI. */
class ChecklistCommandTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.of(new Services(new Settings(dir.resolve("设置")), new Messages(Locale.SIMPLIFIED_CHINESE)), args);
    }

    private static int headerRow(Sheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && "编号".equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header row");
    }

    @Test
    void exportsImportsAndListsChecklists() throws Exception {
        Path ws = dir.resolve("企业.nineones");
        CliRun init = run("init", "--workspace", ws.toString(), "--name", "滨州示例化工有限公司", "--credit-code",
                "91371600MA3C7E2X1C");
        assertEquals(0, init.code(), init.err());

        Path exported = dir.resolve("默认标准.xlsx");
        CliRun export = run("checklist", "export", "--workspace", ws.toString(), "--file", exported.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("已导出验收标准“九个一验收标准（默认）”版本 2026.2（12 个检查项，共 100 分）"),
                export.out());
        try (InputStream in = Files.newInputStream(exported); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("九个一验收标准（默认）", sheet.getRow(1).getCell(1).getStringCellValue());
            int header = headerRow(sheet);
            assertEquals("1.1", sheet.getRow(header + 1).getCell(0).getStringCellValue());
            assertEquals(15.0, sheet.getRow(header + 1).getCell(3).getNumericCellValue());
            assertEquals("post-without-duty-list=1; duty-list-draft-or-incomplete=0.5",
                    sheet.getRow(header + 1).getCell(5).getStringCellValue());
            assertEquals(12, sheet.getLastRowNum() - header);
            // a county makes it its own: another name and version, the first line worth 20
            sheet.getRow(1).getCell(1).setCellValue("滨城区标准");
            sheet.getRow(2).getCell(1).setCellValue("2027.1");
            sheet.getRow(header + 1).getCell(3).setCellValue(20);
            try (var out = Files.newOutputStream(dir.resolve("县标准.xlsx"))) {
                wb.write(out);
            }
        }
        Path county = dir.resolve("县标准.xlsx");
        CliRun imported = run("checklist", "import", "--workspace", ws.toString(), "--file", county.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("合计为 105 分"), "the warning is shown: " + imported.out());
        assertTrue(imported.out().contains("已导入验收标准“滨城区标准”版本 2027.1（12 个检查项，共 105 分）。"),
                imported.out());
        CliRun again = run("checklist", "import", "--workspace", ws.toString(), "--file", county.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("内容相同，未作改动"), again.out());

        Path back = dir.resolve("导出的县标准.xlsx");
        CliRun exportCounty = run("checklist", "export", "--workspace", ws.toString(), "--file", back.toString(),
                "--template", "滨城区标准", "--version", "2027.1");
        assertEquals(0, exportCounty.code(), exportCounty.err());
        try (InputStream in = Files.newInputStream(back); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("2027.1", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals(20.0, sheet.getRow(headerRow(sheet) + 1).getCell(3).getNumericCellValue());
        }

        CliRun list = run("checklist", "list", "--workspace", ws.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("九个一验收标准（默认）  版本 2026.2  软件自带"), list.out());
        assertTrue(list.out().contains("滨城区标准  版本 2027.1"), list.out());

        CliRun missing = run("checklist", "export", "--workspace", ws.toString(), "--file",
                dir.resolve("无.xlsx").toString(), "--template", "滨城区标准", "--version", "9");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("没有验收标准“滨城区标准”版本“9”"), missing.err());
    }

    @Test
    void invalidRowsStopTheImportWithExitTwoAndAReport() throws Exception {
        Path ws = dir.resolve("企业.nineones");
        assertEquals(0, run("init", "--workspace", ws.toString(), "--name", "滨州示例化工有限公司", "--credit-code",
                "91371600MA3C7E2X1C").code());
        Path blank = dir.resolve("空白.xlsx");
        CliRun written = run("checklist", "blank", "--file", blank.toString());
        assertEquals(0, written.code(), written.err());
        try (InputStream in = Files.newInputStream(blank); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            sheet.getRow(1).getCell(1).setCellValue("某县标准");
            sheet.getRow(2).getCell(1).setCellValue("1");
            Row line = sheet.createRow(headerRow(sheet) + 1);
            line.createCell(0).setCellValue("1.1");
            line.createCell(1).setCellValue("1");
            line.createCell(2).setCellValue("每个岗位都有责任清单");
            line.createCell(3).setCellValue(100);
            line.createCell(4).setCellValue("每缺一项扣1分");
            line.createCell(5).setCellValue("post-without-duty-list=0.5");
            try (var out = Files.newOutputStream(blank)) {
                wb.write(out);
            }
        }
        Path report = dir.resolve("错误.xlsx");
        CliRun run = run("checklist", "import", "--workspace", ws.toString(), "--file", blank.toString(), "--report",
                report.toString());
        assertEquals(NineonesCli.INVALID_ROWS, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("行：检查项 1.1：扣分项“post-without-duty-list”的每项扣分 0.5 在考评方法“每缺一项扣1分”中找不到"),
                run.out());
        assertTrue(run.err().contains("未导入任何内容"), run.err());
        try (InputStream in = Files.newInputStream(report); Workbook wb = WorkbookFactory.create(in)) {
            assertEquals("1.1", wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
        }
        CliRun list = run("checklist", "list", "--workspace", ws.toString());
        assertEquals(1, list.out().strip().lines().count(), "nothing imported: " + list.out());
    }

    @Test
    void importsTheJsonFormAndRefusesItsErrorsWithExitTwo() throws Exception {
        Path ws = dir.resolve("企业.nineones");
        assertEquals(0, run("init", "--workspace", ws.toString(), "--name", "滨州示例化工有限公司", "--credit-code",
                "91371600MA3C7E2X1C").code());
        String json = Files.readString(Path.of(System.getProperty("nineones.sampleData"))
                .resolve("checklists/default-checklist.json"));
        Path county = Files.writeString(dir.resolve("县标准.json"), json);
        CliRun imported = run("checklist", "import", "--workspace", ws.toString(), "--file", county.toString(),
                "--name", "某县标准", "--version", "1");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("已导入验收标准“某县标准”版本 1（12 个检查项，共 100 分）。"), imported.out());
        Path wrong = Files.writeString(dir.resolve("有误.json"), json.replace("\"item\": 2,", "\"item\": 12,"));
        CliRun refused = run("checklist", "import", "--workspace", ws.toString(), "--file", wrong.toString(),
                "--version", "2");
        assertEquals(NineonesCli.INVALID_ROWS, refused.code(), refused.out() + refused.err());
        assertTrue(refused.out().contains("检查项 2.1：九个一项目应为 1 到 9 之间的数字，不是“12”。"), refused.out());
    }

    @Test
    void everySubcommandHasHelp() {
        for (String sub : new String[] {"export", "import", "blank", "list"}) {
            CliRun help = run("checklist", sub, "--help");
            assertEquals(0, help.code(), sub);
            assertTrue(help.out().contains("Usage: nineones checklist " + sub), help.out());
        }
        CliRun help = run("checklist", "--help");
        assertTrue(help.out().contains("export") && help.out().contains("blank"), help.out());
    }
}
