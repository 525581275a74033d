package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.model.problems.MeasureDraft;
import org.nineones.model.problems.Problem;
import org.nineones.service.problems.ProblemsFixture;
import org.nineones.store.Workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code problems import-findings}, {@code export}, {@code import} and {@code list} on a real workspace: a findings
 * file imported once, refused when altered (exit 3), foreign or newer (exit 1); the list exported and read back with
 * POI, and imported again without a change.
 */
class ProblemsCommandTest {

    @TempDir
    static Path shared;
    static Path findings;
    static Path altered;
    static Path other;
    static Path newer;
    @TempDir
    Path dir;
    ProblemsFixture f;
    Services services;
    String ws;

    @BeforeAll
    static void writeFindingsFiles() throws Exception {
        findings = ProblemsFixture.ourFindingsFile(shared.resolve("检查发现问题清单.zip"));
        altered = ProblemsFixture.altered(findings, shared.resolve("改过的.zip"));
        newer = ProblemsFixture.newer(findings, shared.resolve("新版.zip"));
        other = ProblemsFixture.writeFindings(shared.resolve("别家.zip"), "青岛另一化工有限公司",
                ProblemsFixture.OTHER_CODE, ProblemsFixture.twoFindings());
    }

    @BeforeEach
    void setUp() throws Exception {
        f = new ProblemsFixture(dir, null);
        ws = f.records.workspace.file().toString();
        f.records.workspace.close();
        services = new Services(new Settings(dir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
    }

    private CliRun run(String... args) {
        return CliRun.of(services, args);
    }

    @Test
    void importsAFindingsFileOnceAndRefusesAnAlteredForeignOrNewerOne() throws Exception {
        CliRun first = run("problems", "import-findings", "--workspace", ws, "--file", findings.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("已导入“检查发现问题清单.zip”（王检查，2026-12-07）：新增问题 2 个，已在清单中的 0 个。"),
                first.out());
        CliRun again = run("problems", "import-findings", "--workspace", ws, "--file", findings.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("导入过，问题清单没有变化"), again.out());

        CliRun a = run("problems", "import-findings", "--workspace", ws, "--file", altered.toString());
        assertEquals(3, a.code(), a.out());
        assertTrue(a.err().contains("检查发现问题清单“改过的.zip”未通过校验"), a.err());

        CliRun o = run("problems", "import-findings", "--workspace", ws, "--file", other.toString());
        assertEquals(1, o.code(), o.out());
        assertTrue(o.err().contains("是青岛另一化工有限公司（统一社会信用代码 " + ProblemsFixture.OTHER_CODE + "）的，不是本企业"),
                o.err());

        CliRun n = run("problems", "import-findings", "--workspace", ws, "--file", newer.toString());
        assertEquals(1, n.code(), n.out());
        assertTrue(n.err().contains("由更新版本的九个一写出"), n.err());

        JsonNode list = new ObjectMapper().readTree(run("problems", "list", "--workspace", ws, "--json").out());
        assertEquals(2, list.size(), "the refused files added nothing");
    }

    @Test
    void exportsTheListReadBackWithPoiAndImportsItAgainWithoutAChange() throws Exception {
        assertEquals(0, run("problems", "import-findings", "--workspace", ws, "--file", findings.toString()).code());
        try (Workspace w = services.workspaces().open(Path.of(ws))) {
            Problem card = services.problems().list(w).get(0).problem();
            services.problems().addMeasure(w, card.id(), new MeasureDraft("张贴仓库风险告知卡并拍照",
                    f.records.zhang.id(), LocalDate.of(2026, 12, 1)));
        }
        Path out = dir.resolve("问题清单.xlsx");
        CliRun export = run("problems", "export", "--workspace", ws, "--out", out.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("已导出问题清单及整改措施：2 行"), export.out());

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("问题清单");
            assertEquals("示范化工有限公司 问题清单及整改措施", text(sheet.getRow(0).getCell(0)));
            List<String> headers = cells(sheet.getRow(1));
            assertEquals(List.of("问题编号", "来源", "检查项", "问题描述", "整改要求", "问题整改期限", "企业责任人", "措施编号",
                    "整改措施", "责任人", "工号", "整改期限", "状态", "是否逾期", "整改证据", "变更记录"), headers);
            List<String> card = cells(sheet.getRow(2));
            assertEquals("检查发现", card.get(1));
            assertEquals("3.1", card.get(2));
            assertEquals("仓库风险告知卡未张贴", card.get(3));
            assertEquals("2027-01-31", card.get(5));
            assertEquals("张贴仓库风险告知卡并拍照", card.get(8));
            assertEquals("张三", card.get(9));
            assertEquals("A001", card.get(10));
            assertEquals("2026-12-01", card.get(11));
            assertEquals("未开始", card.get(12));
            assertEquals(LocalDate.now().isAfter(LocalDate.of(2026, 12, 1)) ? "逾期" : "", card.get(13));
            List<String> extinguisher = cells(sheet.getRow(3));
            assertEquals("配电室灭火器过期", extinguisher.get(3));
            assertEquals("", extinguisher.get(8), "a problem without measures has one row");
        }

        CliRun dry = run("problems", "import", "--workspace", ws, "--file", out.toString(), "--dry-run");
        assertEquals(0, dry.code(), dry.err() + dry.out());
        assertTrue(dry.out().contains("有误 0 行，将写入 0 条记录"), dry.out());
        CliRun again = run("problems", "import", "--workspace", ws, "--file", out.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(2, new ObjectMapper().readTree(run("problems", "list", "--workspace", ws, "--json").out())
                .size());

        // a measure for the second problem and a new problem typed into the exported sheet
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("问题清单");
            Row row = sheet.getRow(3);
            row.createCell(8).setCellValue("更换灭火器");
            row.createCell(9).setCellValue("李四");
            row.createCell(11).setCellValue("2027-01-15");
            Row added = sheet.createRow(4);
            added.createCell(3).setCellValue("消防通道堆放杂物");
            added.createCell(8).setCellValue("清理通道并划线");
            added.createCell(10).setCellValue("A002");
            added.createCell(11).setCellValue("2027-01-20");
            added.createCell(12).setCellValue("进行中");
            try (OutputStream o = Files.newOutputStream(dir.resolve("补充.xlsx"))) {
                book.write(o);
            }
        }
        CliRun more = run("problems", "import", "--workspace", ws, "--file", dir.resolve("补充.xlsx").toString());
        assertEquals(0, more.code(), more.err() + more.out());
        JsonNode list = new ObjectMapper().readTree(run("problems", "list", "--workspace", ws, "--json").out());
        assertEquals(3, list.size());
        assertEquals("更换灭火器", list.get(1).get("measures").get(0).get("text").asText());
        assertEquals("MANUAL", list.get(2).get("source").asText());
        assertEquals("IN_PROGRESS", list.get(2).get("measures").get(0).get("status").asText());
        assertEquals("李四", list.get(2).get("measures").get(0).get("owner").asText());

        CliRun text = run("problems", "list", "--workspace", ws, "--as-of", "2026-12-10");
        assertTrue(text.out().contains("共 3 个问题，3 条整改措施，截至 2026-12-10 逾期 1 条。"), text.out());
        assertTrue(text.out().contains("措施 #1：张贴仓库风险告知卡并拍照，责任人 张三，期限 2026-12-01，未开始，已逾期"), text.out());
        CliRun overdue = run("problems", "list", "--workspace", ws, "--as-of", "2027-01-18", "--overdue");
        assertTrue(overdue.out().contains("截至 2027-01-18 逾期的整改措施 2 条："), overdue.out());
        assertTrue(overdue.out().contains("措施 #1（问题 #1）：张贴仓库风险告知卡并拍照，责任人 张三，期限 2026-12-01，已逾期 48 天"),
                overdue.out());
        JsonNode late = new ObjectMapper().readTree(run("problems", "list", "--workspace", ws, "--as-of", "2027-01-18",
                "--overdue", "--json").out());
        assertEquals(List.of(48, 3), List.of(late.get(0).get("daysOverdue").asInt(), late.get(1).get("daysOverdue")
                .asInt()));
    }

    @Test
    void everyProblemsCommandHasHelpAndTheExportRefusesToWriteOverTheWorkspace() {
        for (String command : List.of("import-findings", "export", "import", "list", "from-self-assessment", "add",
                "measure", "status", "correct")) {
            CliRun help = run("problems", command, "--help");
            assertEquals(0, help.code(), command);
            assertTrue(help.out().contains("--workspace"), help.out());
        }
        CliRun over = run("problems", "export", "--workspace", ws, "--out", ws);
        assertEquals(1, over.code());
        assertFalse(over.err().isBlank());
        assertTrue(Files.exists(Path.of(ws)));
    }

    @Test
    void recordsMeasuresThroughTheirStatusesWithEvidenceAndRefusesWhatTheRulesRefuse() throws Exception {
        CliRun none = run("problems", "from-self-assessment", "--workspace", ws);
        assertEquals(1, none.code());
        assertTrue(none.err().contains("还没有签署的自评"), none.err());
        CliRun added = run("problems", "add", "--workspace", ws, "--seen", "配电室灭火器过期", "--line", "9.1");
        assertEquals(0, added.code(), added.err());
        assertTrue(added.out().contains("已记录问题 #1：配电室灭火器过期"), added.out());

        CliRun left = run("problems", "measure", "--workspace", ws, "--problem", "1", "--text", "更换灭火器",
                "--owner", "A003", "--deadline", "2027-01-10");
        assertEquals(1, left.code());
        assertTrue(left.err().contains("王五（工号 A003）已离职"), left.err());
        CliRun noDeadline = run("problems", "measure", "--workspace", ws, "--problem", "1", "--text", "更换灭火器",
                "--owner", "A001");
        assertEquals(1, noDeadline.code());
        assertTrue(noDeadline.err().contains("没有完成期限"), noDeadline.err());
        CliRun unknown = run("problems", "measure", "--workspace", ws, "--problem", "1", "--text", "更换灭火器",
                "--owner", "Z999", "--deadline", "2027-01-10");
        assertTrue(unknown.err().contains("花名册中没有工号为“Z999”的人员"), unknown.err());

        CliRun measure = run("problems", "measure", "--workspace", ws, "--problem", "1", "--text", "更换灭火器",
                "--owner", "A001", "--deadline", "2027-01-10");
        assertEquals(0, measure.code(), measure.err());
        assertTrue(measure.out().contains("已为问题 #1 新增措施 #1：更换灭火器，责任人 张三，期限 2027-01-10。"), measure.out());
        CliRun early = run("problems", "status", "--workspace", ws, "--measure", "1", "--status", "done");
        assertEquals(1, early.code());
        assertTrue(early.err().contains("没有任何证据，不能登记为已完成"), early.err());

        CliRun record = run("record", "add", "--workspace", ws, "--kind", "inspection", "--title", "灭火器更换检查记录",
                "--item", "9", "--date", LocalDate.now().minusDays(1).toString());
        assertEquals(0, record.code(), record.err());
        CliRun signed = run("self-assess", "--workspace", ws, "--signed-by", "王建国");
        assertEquals(0, signed.code(), signed.err());
        CliRun deductions = run("problems", "from-self-assessment", "--workspace", ws);
        assertEquals(0, deductions.code(), deductions.err());
        assertTrue(deductions.out().matches(
                "(?s)已从 \\d{4}-\\d{2}-\\d{2} 的自评（王建国 签署）列入问题 [1-9]\\d* 个，已在清单中的 0 个。\\s*"),
                deductions.out());
        CliRun twice = run("problems", "from-self-assessment", "--workspace", ws);
        assertTrue(twice.out().contains("列入问题 0 个"), twice.out());
        Path photo = f.records.png("更换后.png", 100);
        CliRun done = run("problems", "status", "--workspace", ws, "--measure", "1", "--status", "done",
                "--record", "1", "--file", photo.toString(), "--note", "已更换");
        assertEquals(0, done.code(), done.err());
        assertTrue(done.out().contains("措施 #1 现为“已完成”，证据：专档记录 1 条，文件 1 个。"), done.out());
        assertEquals(0, run("problems", "status", "--workspace", ws, "--measure", "1", "--status", "verified")
                .code());
        CliRun after = run("problems", "correct", "--workspace", ws, "--measure", "1", "--deadline", "2027-02-01",
                "--reason", "延期");
        assertEquals(1, after.code());
        assertTrue(after.err().contains("第 1 号整改措施已验证，不能再更改"), after.err());
        CliRun bad = run("problems", "status", "--workspace", ws, "--measure", "1", "--status", "closed");
        assertTrue(bad.err().contains("没有“closed”这种措施状态"), bad.err());

        JsonNode m = new ObjectMapper().readTree(run("problems", "list", "--workspace", ws, "--json").out())
                .get(0).get("measures").get(0);
        assertEquals("VERIFIED", m.get("status").asText());
        assertEquals(3, m.get("versions").asInt(), "added, done, verified");
        assertEquals(1, m.get("attachments").asInt());
    }

    @Test
    void printsTheRectificationListAndTheReportOfAFindingsFileReadBackWithPdfBox() throws Exception {
        Path list = dir.resolve("整改清单.pdf");
        CliRun empty = run("print", "--workspace", ws, "--kind", "rectification-list", "--out", list.toString());
        assertEquals(1, empty.code(), empty.out());
        assertTrue(empty.err().contains("问题清单还是空的"), empty.err());
        assertFalse(Files.exists(list));
        assertEquals(0, run("problems", "import-findings", "--workspace", ws, "--file", findings.toString()).code());
        try (Workspace w = services.workspaces().open(Path.of(ws))) {
            Problem card = services.problems().list(w).get(0).problem();
            services.problems().addMeasure(w, card.id(), new MeasureDraft("张贴仓库风险告知卡并拍照",
                    f.records.zhang.id(), LocalDate.of(2026, 12, 1)));
        }
        CliRun printed = run("print", "--workspace", ws, "--kind", "rectification-list", "--out", list.toString(),
                "--as-of", "2026-12-10");
        assertEquals(0, printed.code(), printed.err());
        String text = pdfText(list);
        assertTrue(text.contains("整改清单") && text.contains("张贴仓库风险告知卡并拍照") && text.contains("张三（A001）")
                && text.contains("未开始（逾期9天）") && text.contains("截至2026-12-10：问题2个，整改措施1条，逾期1条。"), text);

        Path report = dir.resolve("整改报告.pdf");
        CliRun unknown = run("print", "--workspace", ws, "--kind", "rectification-report", "--findings", "99",
                "--out", report.toString());
        assertEquals(1, unknown.code(), unknown.out());
        assertTrue(unknown.err().contains("没有编号或校验码为“99”的已导入问题清单"), unknown.err());
        assertFalse(Files.exists(report));
        CliRun byNumber = run("print", "--workspace", ws, "--kind", "rectification-report", "--findings", "1",
                "--out", report.toString(), "--as-of", "2026-12-10");
        assertEquals(0, byNumber.code(), byNumber.err());
        String reportText = pdfText(report);
        assertTrue(reportText.contains("整改报告") && reportText.contains("仓库风险告知卡未张贴")
                && reportText.contains("配电室灭火器过期") && reportText.contains("尚未制定整改措施")
                && reportText.contains("整改中（有逾期）") && reportText.contains("安全管理人员（签字）"), reportText);
    }

    private static String pdfText(Path pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            cells.add(text(row.getCell(c)));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return new DataFormatter().formatCellValue(cell);
    }
}
