package org.nineones.service.grids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.grids.GridArea;
import org.nineones.service.Progress;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerPreview;
import org.nineones.service.org.OrgService;
import org.nineones.store.AuditLog;
import org.nineones.store.Workspace;

/**
 * The grid sheet: exported and read back with POI, imported again without a change; a grid written by hand (children
 * above their parents, paths with the company's name) imported whole; a sheet with bad rows refused, every row named,
 * nothing written.
 */
class GridLedgerTest {

    static final List<String> HEADER = List.of("层级路径", "位置", "风险等级", "风险等级理由", "分管责任人", "分管责任人工号",
            "具体责任人", "具体责任人工号", "网格员", "网格员工号", "所含组织机构", "所含岗位");

    @TempDir
    Path dir;
    GridFixture f;
    Ledger ledger;
    Workspace ws;

    @BeforeEach
    void setUp() throws Exception {
        f = new GridFixture(dir);
        ledger = f.service.ledger();
        ws = f.records.workspace;
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    @Test
    void theExportReadsBackAsTheGridAndImportedAgainChangesNothing() throws Exception {
        GridFixture.Grid g = f.grid();
        // a name with a space inside, and a post too, read back as the same area and post
        Post spaced = new OrgService(f.records.messages).savePost(ws, new Post(null, f.department.id(), "装卸 工",
                PostCategory.OPERATOR, RiskLevel.LOW));
        f.service.add(ws, new GridArea(null, g.root().id(), "装卸 站台", "", null, "", null, null, null, 0,
                List.of(), List.of(spaced.id())));
        Path out = dir.resolve("网格划分表.xlsx");
        assertEquals(5, ledger.export(ws, out, Progress.NONE));
        List<List<String>> rows = read(out);
        assertEquals("示范化工有限公司 网格划分表", rows.get(0).get(0));
        assertEquals(HEADER, rows.get(1));
        assertEquals(List.of("示范化工有限公司", "", "", "", "张三", "A001", "李四", "A002", "", "", "", ""),
                rows.get(2));
        assertEquals(List.of("示范化工有限公司/罐区", "厂区东北角", "", "", "李四", "A002", "张三", "A001", "赵六",
                "A004", "生产部/一车间", "生产部/一车间/罐区操作工"), rows.get(3));
        assertEquals(List.of("示范化工有限公司/罐区/1号罐组", "罐区北侧", "重大风险", "储存量构成重大危险源", "李四", "A002",
                "赵六", "A004", "", "", "", "生产部/一车间/罐区操作工"), rows.get(4));
        assertEquals(List.of("示范化工有限公司/仓库", "厂区西侧", "", "", "赵六", "A004", "李四", "A002", "", "", "生产部",
                "生产部/仓库保管员"), rows.get(5));
        assertEquals(List.of("示范化工有限公司/装卸 站台", "", "", "", "", "", "", "", "", "", "", "生产部/装卸 工"),
                rows.get(6));

        Object before = f.state();
        LedgerPreview again = ledger.preview(ws, out, Progress.NONE);
        assertEquals(List.of(), again.errors());
        assertEquals(0, again.toWrite(), again.willWrite().toString());
        assertEquals(0, ledger.commit(ws, again, false, Progress.NONE).written());
        assertEquals(before, f.state(), "nothing changed, nothing audited");
    }

    @Test
    void importsAGridWrittenByHandWholeAndChangesWhatItNames() throws Exception {
        Path file = sheet("网格.xlsx", List.of(
                row("示范化工有限公司/罐区/1号罐组", "罐区北侧", "重大", "储存量构成重大危险源", "李四", "A002", "赵六", "", "", "",
                        "", "示范化工有限公司/生产部/一车间/罐区操作工"),
                row("示范化工有限公司", "", "", "", "张三", "A001", "李四", "A002", "", "", "", ""),
                row("示范化工有限公司 / 罐区", "厂区东北角", "", "", "李四", "", "张三", "", "赵六", "A004",
                        "示范化工有限公司/生产部/一车间", "生产部/一车间/罐区操作工、生产部/仓库保管员")));
        LedgerPreview preview = ledger.preview(ws, file, Progress.NONE);
        assertEquals(List.of(), preview.errors());
        assertEquals(List.of("第 4 行：新增网格“示范化工有限公司”", "第 5 行：新增网格“示范化工有限公司/罐区”",
                "第 3 行：新增网格“示范化工有限公司/罐区/1号罐组”"), preview.willWrite());
        assertEquals(3, ledger.commit(ws, preview, false, Progress.NONE).written());
        List<ListedArea> grid = f.service.list(ws);
        assertEquals(List.of(1, 2, 3), grid.stream().map(ListedArea::level).toList());
        ListedArea tankFarm = grid.get(1);
        assertEquals(List.of(f.records.workshop.id()), tankFarm.area().orgUnitIds());
        assertEquals(List.of(f.tankOperator.id(), f.keeper.id()).stream().sorted().toList(),
                tankFarm.area().postIds());
        assertEquals(RiskLevel.SIGNIFICANT, tankFarm.riskLevel());
        assertEquals(RiskLevel.MAJOR, grid.get(2).riskLevel());
        assertEquals("赵六", grid.get(2).responsible().name());
        List<AuditLog.Entry> audit = ws.read(s -> s.audit().latest(4));
        assertEquals(List.of("import", "create", "create", "create"), audit.stream().map(AuditLog.Entry::action)
                .toList());
        assertEquals("从“网格.xlsx”导入网格划分表：写入 3 个网格，略去 0 行", audit.get(0).detail());

        // the same sheet with a new location and another responsible person changes that area only
        Path changed = sheet("网格2.xlsx", List.of(
                row("示范化工有限公司", "", "", "", "张三", "A001", "李四", "A002", "", "", "", ""),
                row("示范化工有限公司/罐区", "厂区东北角", "", "", "李四", "", "赵六", "A004", "赵六", "A004",
                        "生产部/一车间", "生产部/一车间/罐区操作工、生产部/仓库保管员")));
        LedgerPreview change = ledger.preview(ws, changed, Progress.NONE);
        assertEquals(List.of("第 4 行：修改网格“示范化工有限公司/罐区”（具体责任人）"), change.willWrite());
        ledger.commit(ws, change, false, Progress.NONE);
        assertEquals("赵六", f.service.list(ws).get(1).responsible().name());
        assertEquals(3, f.service.list(ws).size(), "areas the sheet does not name stay");
    }

    @Test
    void refusesASheetWithBadRowsNamingEachAndWritesNothing() throws Exception {
        f.grid();
        Path file = sheet("有误.xlsx", List.of(
                row("示范化工有限公司/装卸区", "", "", "", "张三", "A001", "张三", "A001", "", "", "", ""),
                row("示范化工有限公司/罐区", "", "", "", "李四", "A002", "王五", "A003", "", "", "", ""),
                row("示范化工有限公司/罐区/1号罐组/阀组", "", "", "", "", "", "", "", "", "", "", ""),
                row("示范化工有限公司/污水站/调节池", "", "", "", "", "", "", "", "", "", "", ""),
                row("示范化工有限公司/仓库", "", "很高", "", "", "", "", "", "", "", "", ""),
                row("示范化工有限公司/仓库", "", "", "", "", "", "", "", "", "", "", ""),
                row("示范化工有限公司/配电室", "", "较大风险", "", "钱七", "", "", "", "", "", "质检部", "生产部/电工"),
                row("青岛分公司", "", "", "", "", "", "", "", "", "", "", ""),
                row("示范化工有限公司/控制室", "", "", "", "", "", "", "", "", "", "", "")));
        Object before = f.state();
        LedgerPreview preview = ledger.preview(ws, file, Progress.NONE);
        List<String> errors = preview.errors().stream().map(e -> e.row() + " " + e.column() + " " + e.message())
                .toList();
        assertEquals(List.of(
                "3 具体责任人 分管责任人和具体责任人不能是同一人（张三），请另选一人，网格未保存。",
                "4 具体责任人 具体责任人王五（工号 A003）已离职，请另选在职人员，网格未保存。",
                "5 层级路径 层级路径“示范化工有限公司/罐区/1号罐组/阀组”有 4 级，网格最多三级（企业/区域/子区域），请改正路径。",
                "6 层级路径 上级网格“示范化工有限公司/污水站”不存在：请先在表中写一行“示范化工有限公司/污水站”，或改正路径。",
                "7 风险等级 风险等级“很高”无法识别，请写 重大风险、较大风险、一般风险、低风险 之一，或留空（按所含岗位的最高风险等级计）。",
                "8 层级路径 第 7 行已写了“示范化工有限公司/仓库”，同一网格只写一行，请删去一行。",
                "9 分管责任人 " + errors.get(6).substring(errors.get(6).indexOf("分管责任人 ") + 6),
                "9 所含组织机构 组织机构中没有“质检部”，请按组织机构树写路径（如 生产部/一车间），多个用“、”分隔。",
                "9 所含岗位 没有岗位“生产部/电工”，请写所在单位的路径和岗位名称（如 生产部/一车间/操作工），多个用“、”分隔。",
                "10 层级路径 第一级网格是企业本身，只能有一个（已有“示范化工有限公司”）。请把“青岛分公司”放到“示范化工有限公司”之下，"
                        + "网格未保存。"), errors);
        assertTrue(errors.get(6).contains("钱七"), errors.get(6));
        assertEquals(8, preview.invalidRows());
        assertEquals(List.of("第 11 行：新增网格“示范化工有限公司/控制室”"), preview.willWrite());
        LedgerException e = assertThrows(LedgerException.class, () -> ledger.commit(ws, preview, false,
                Progress.NONE));
        assertEquals(LedgerException.Reason.INVALID_ROWS, e.reason());
        assertEquals(before, f.state(), "nothing written");

        // a level set by hand without its reason is named too
        Path noReason = sheet("无理由.xlsx", List.of(
                row("示范化工有限公司/仓库", "厂区西侧", "重大风险", "", "赵六", "A004", "李四", "A002", "", "", "生产部",
                        "生产部/仓库保管员")));
        LedgerPreview p = ledger.preview(ws, noReason, Progress.NONE);
        assertEquals("风险等级理由", p.errors().get(0).column());
        assertTrue(p.errors().get(0).message().startsWith("手动设定风险等级（重大风险）时请写明理由"), p.errors().toString());
    }

    private static List<Object> row(Object... cells) {
        return List.of(cells);
    }

    /** A sheet with a title row, the grid's header and these rows ("" is a blank cell). */
    private Path sheet(String name, List<List<Object>> rows) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("网格");
            sheet.createRow(0).createCell(0).setCellValue("网格划分");
            Row head = sheet.createRow(1);
            for (int c = 0; c < HEADER.size(); c++) {
                head.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c).toString();
                    if (!v.isEmpty()) {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            book.write(out);
        }
        return file;
    }

    /** Every row of the first sheet as the texts of its first twelve cells. */
    static List<List<String>> read(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < (row.getRowNum() == 0 ? 1 : HEADER.size()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
