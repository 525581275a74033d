package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.service.grids.GridFixture;
import org.nineones.store.Workspace;

/**
 * {@code grid export}, {@code grid import} and {@code grid list} on a real workspace: the sheet read back with POI and
 * imported again without a change; a changed cell imported; a bad row named with exit 2 and nothing written; gaps
 * listed; every command's help.
 */
class GridCommandTest {

    @TempDir
    Path dir;
    Services services;
    String ws;
    Object before;
    GridFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new GridFixture(dir);
        f.grid();
        ws = f.records.workspace.file().toString();
        f.records.workspace.close();
        services = new Services(new Settings(dir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
    }

    private CliRun run(String... args) {
        return CliRun.of(services, args);
    }

    @Test
    void exportsTheGridImportsItBackUnchangedAndImportsAChange() throws Exception {
        Path sheet = dir.resolve("网格划分表.xlsx");
        CliRun export = run("grid", "export", "--workspace", ws, "--file", sheet.toString());
        assertEquals(0, export.code(), export.err());
        assertEquals("已导出网格划分表：4 行，写入 " + sheet + System.lineSeparator(), export.out());
        try (InputStream in = Files.newInputStream(sheet); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Row tankFarm = book.getSheetAt(0).getRow(3);
            DataFormatter format = new DataFormatter();
            assertEquals("示范化工有限公司/罐区", format.formatCellValue(tankFarm.getCell(0)));
            assertEquals("张三", format.formatCellValue(tankFarm.getCell(6)));
            assertEquals("A001", format.formatCellValue(tankFarm.getCell(7)));
            assertEquals("生产部/一车间/罐区操作工", format.formatCellValue(tankFarm.getCell(11)));
        }

        CliRun again = run("grid", "import", "--workspace", ws, "--file", sheet.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("数据 4 行，有误 0 行，将写入 0 条记录"), again.out());
        assertTrue(again.out().contains("已导入网格划分表：写入 0 条记录"), again.out());

        // 罐区's specific responsible person becomes 赵六; a dry run first writes nothing
        setCell(sheet, 3, 6, "赵六", 7, "A004");
        CliRun dry = run("grid", "import", "--workspace", ws, "--file", sheet.toString(), "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("将写入：第 4 行：修改网格“示范化工有限公司/罐区”（具体责任人）"), dry.out());
        CliRun list = run("grid", "list", "--workspace", ws);
        assertTrue(list.out().contains("示范化工有限公司/罐区（第 2 级，较大风险）分管 李四，具体 张三"), list.out());

        CliRun imported = run("grid", "import", "--workspace", ws, "--file", sheet.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("已导入网格划分表：写入 1 条记录"), imported.out());
        list = run("grid", "list", "--workspace", ws);
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().startsWith("共 4 个网格，缺责任人的 0 个："), list.out());
        assertTrue(list.out().contains("示范化工有限公司/罐区（第 2 级，较大风险）分管 李四，具体 赵六"), list.out());
        assertTrue(list.out().contains("示范化工有限公司/罐区/1号罐组（第 3 级，重大风险）分管 李四，具体 赵六"), list.out());
    }

    @Test
    void aBadRowIsNamedAndNothingIsImported() throws Exception {
        Path sheet = dir.resolve("网格.xlsx");
        assertEquals(0, run("grid", "export", "--workspace", ws, "--file", sheet.toString()).code());
        setCell(sheet, 5, 4, "李四", 5, "A002"); // 仓库: 李四 as both responsible persons
        Path report = dir.resolve("错误报告.xlsx");
        CliRun bad = run("grid", "import", "--workspace", ws, "--file", sheet.toString(), "--report",
                report.toString());
        assertEquals(NineonesCli.INVALID_ROWS, bad.code(), bad.out() + bad.err());
        assertTrue(bad.out().contains("第 6 行：具体责任人：分管责任人和具体责任人不能是同一人（李四），请另选一人，网格未保存。"),
                bad.out());
        assertTrue(bad.err().contains("有 1 行有误，未写入任何记录。"), bad.err());
        assertTrue(Files.exists(report));
        CliRun list = run("grid", "list", "--workspace", ws);
        assertTrue(list.out().contains("示范化工有限公司/仓库（第 2 级，一般风险）分管 赵六，具体 李四"), list.out());
    }

    @Test
    void listsTheGapsAndRefusesWhatCannotBeDone() throws Exception {
        CliRun none = run("grid", "list", "--workspace", ws, "--gaps");
        assertEquals(0, none.code(), none.err());
        assertEquals("共 0 个网格，缺责任人的 0 个：" + System.lineSeparator(), none.out());
        try (Workspace w = services.workspaces().open(Path.of(ws))) {
            long root = services.grids().list(w).get(0).area().id();
            services.grids().add(w, GridFixture.area(root, "装卸区", f.zhao, null));
        }
        CliRun gaps = run("grid", "list", "--workspace", ws, "--gaps");
        assertEquals("共 1 个网格，缺责任人的 1 个：" + System.lineSeparator()
                + "示范化工有限公司/装卸区（第 2 级，风险等级未定）分管 赵六，具体 （未定），缺项：具体责任人"
                + System.lineSeparator(), gaps.out());

        CliRun missing = run("grid", "import", "--workspace", ws, "--file", dir.resolve("没有这个.xlsx").toString());
        assertEquals(NineonesCli.FAILED, missing.code());
        assertTrue(missing.err().startsWith("import: "), missing.err());
        assertTrue(missing.err().contains("没有这个.xlsx"), missing.err());

        CliRun over = run("grid", "export", "--workspace", ws, "--file", ws);
        assertEquals(NineonesCli.FAILED, over.code());
        assertFalse(over.err().isEmpty());
    }

    @Test
    void everyGridCommandHasItsHelp() {
        for (String[] args : new String[][] {{"grid", "--help"}, {"grid", "export", "--help"},
                {"grid", "import", "--help"}, {"grid", "list", "--help"}}) {
            CliRun help = run(args);
            assertEquals(0, help.code(), help.err());
            assertTrue(help.out().contains("Usage: nineones grid"), help.out());
        }
        assertTrue(run("grid", "import", "--help").out().contains("--dry-run"));
        assertTrue(run("grid", "export", "--help").out().contains("--file=F.xlsx"));
    }

    /** Writes two cells of one row (0-based) of the first sheet. */
    private static void setCell(Path file, int row, int nameColumn, String name, int numberColumn, String number)
            throws Exception {
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        }
        Row r = book.getSheetAt(0).getRow(row);
        r.createCell(nameColumn).setCellValue(name);
        r.createCell(numberColumn).setCellValue(number);
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        book.close();
    }
}
