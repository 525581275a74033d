package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.county.CountySummary;
import org.nineones.model.county.DeskInspection;
import org.nineones.service.county.CountyDeskService;
import org.nineones.service.county.DeskEngines;
import org.nineones.service.county.InspectionFiles;
import org.nineones.service.county.SyntheticInspections;
import org.nineones.service.inspection.InspectionScript;
import org.nineones.store.DeskStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The county desk from real inspection files (issue 14, points 3 and 6): the sample enterprise's package inspected and
 * signed by {@code nineones inspect}'s script in one file, that file copied (the same inspection in two files), and
 * the same package opened but not signed in a third; loaded through the service and through {@code county-summary}
 * on a desk of the run and on the PostgreSQL test server; the workbook read back; the refusals with nothing written.
 */
class CountySummaryCommandTest {

    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    static Path dir;
    private static Services services;
    private static InspectionScript.Result signed;
    private static Path first;
    private static Path copy;
    private static Path unsigned;

    @BeforeAll
    static void inspectionFiles() throws Exception {
        services = new Services(new Settings(dir.resolve("home")), ZH);
        InspectionFiles files = InspectionFiles.get();
        signed = files.result();
        first = Files.copy(files.signed(), dir.resolve("第一组.nineinspect"));
        copy = Files.copy(first, dir.resolve("第一组-副本.nineinspect"));
        unsigned = Files.copy(files.unsigned(), dir.resolve("第二组.nineinspect"));
    }

    private static CliRun run(String... args) {
        return CliRun.of(services, args);
    }

    private static String code() {
        return signed.inspection().creditCode();
    }

    private static String county() {
        return signed.inspection().county();
    }

    @Test
    void anInspectionInTwoFilesIsKeptOnceWithItsSignedResultAndItsFindings() throws Exception {
        CountyDeskService desks = services.countyDesk();
        try (DeskStore desk = desks.openTemporary()) {
            CountyDeskService.Loaded a = desks.load(desk, first);
            assertEquals(List.of(1, 1, 0), List.of(a.inspections(), a.added(), a.unchanged()));
            CountyDeskService.Loaded b = desks.load(desk, copy);
            assertEquals(List.of(1, 0, 1), List.of(b.inspections(), b.added(), b.unchanged()));
            assertEquals(1, desks.load(desk, first).unchanged(), "the same file again changes nothing");
            assertEquals(1, desks.load(desk, unsigned).added(), "the same package opened in another file");
            assertEquals(2, desks.inspectionCount(desk));

            DeskInspection kept = desks.inspection(desk, signed.inspection().uid()).orElseThrow();
            assertEquals(signed.signed().signedAt(), kept.signedAt());
            assertEquals(0, signed.signed().score().compareTo(kept.score()));
            assertEquals(signed.signed().conclusion(), kept.conclusion());
            assertEquals(signed.findings(), kept.findings().size());
            assertTrue(kept.findings().stream().allMatch(DeskInspection.DeskFinding::open));
            assertEquals(signed.signed().result().lines().stream()
                    .filter(l -> l.deducted().signum() > 0 || l.veto() != null).count(), kept.lines().size());
            assertEquals(signed.signed().result().vetoes().size(), kept.vetoes());
            assertFalse(kept.selfAssessed(), "the sample's package holds no signed self-assessment");

            CountySummary summary = services.countySummary().summary(desk, null, LocalDate.now());
            assertEquals(1, summary.counties().size());
            var row = summary.counties().get(0);
            assertEquals(county(), row.county());
            assertEquals(List.of(1, 1), List.of(row.enterprises(), row.accepted()));
            assertEquals(0, row.averageScore().compareTo(signed.signed().score().setScale(1,
                    java.math.RoundingMode.HALF_UP)));
            assertEquals(signed.findings(), row.findingsOpen());
            assertEquals(0, row.findingsOverdue(), "the deadlines are 20 days ahead");
        }
    }

    private static Path batchSheet(String name, String... extraCodes) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("批次");
            String[][] rows = new String[2 + extraCodes.length][];
            rows[0] = new String[] {"企业名称", "统一社会信用代码", "县区", "行业"};
            rows[1] = new String[] {signed.inspection().enterpriseName(), code(), county(), "化工"};
            for (int i = 0; i < extraCodes.length; i++) {
                rows[2 + i] = new String[] {"未检查企业" + i, extraCodes[i], county(), "冶金"};
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 4; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void theCommandPrintsTheIssuesJsonAndWritesAWorkbookWithTheEnterprisesNotInspected() throws Exception {
        Path batch = batchSheet("第一批.xlsx", SyntheticInspections.creditCode(424242));
        Path out = dir.resolve("out/汇总.xlsx");
        CliRun run = run("county-summary", "--inspection", first.toString(), "--inspection", copy.toString(),
                "--inspection", unsigned.toString(), "--batch", batch.toString(), "--out", out.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(List.of("counties"), fieldNames(root));
        JsonNode c = root.get("counties").get(0);
        assertEquals(List.of("county", "enterprises", "selfAssessed", "accepted", "passed", "rectify", "failed",
                "averageScore", "passRate", "green", "yellow", "red", "interviews", "topDeductions", "findingsOpen",
                "findingsOverdue"), fieldNames(c), "the issue's fields in its order, then the findings open and overdue");
        assertEquals(county(), c.get("county").asText());
        assertEquals(2, c.get("enterprises").asInt());
        assertEquals(1, c.get("accepted").asInt());
        assertEquals(1, c.get("passed").asInt() + c.get("rectify").asInt() + c.get("failed").asInt());
        assertEquals(1, c.get("green").asInt() + c.get("yellow").asInt() + c.get("red").asInt());
        assertEquals(0, c.get("interviews").asInt());
        assertEquals(0, c.get("averageScore").decimalValue().compareTo(
                signed.signed().score().setScale(1, java.math.RoundingMode.HALF_UP)));
        BigDecimal passRate = c.get("passRate").decimalValue();
        assertTrue(passRate.compareTo(BigDecimal.ZERO) == 0 || passRate.compareTo(BigDecimal.valueOf(100)) == 0);
        for (JsonNode line : c.get("topDeductions")) {
            assertEquals(List.of("line", "count"), fieldNames(line));
            assertEquals(1, line.get("count").asInt());
        }

        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            assertEquals(List.of("汇总", "企业", "约谈名单", "未检查企业"), List.of(wb.getSheetName(0),
                    wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
            DataFormatter f = new DataFormatter();
            Sheet summary = wb.getSheet("汇总");
            assertEquals("县区", f.formatCellValue(summary.getRow(1).getCell(0)));
            assertEquals(county(), f.formatCellValue(summary.getRow(2).getCell(0)));
            assertEquals("2", f.formatCellValue(summary.getRow(2).getCell(1)));
            assertEquals("1", f.formatCellValue(summary.getRow(2).getCell(7)), "not inspected");
            assertEquals("合计", f.formatCellValue(summary.getRow(3).getCell(0)));
            assertEquals("2", f.formatCellValue(summary.getRow(3).getCell(1)));
            Sheet notInspected = wb.getSheet("未检查企业");
            assertEquals("未检查企业0", f.formatCellValue(notInspected.getRow(2).getCell(1)));
            assertEquals(SyntheticInspections.creditCode(424242), f.formatCellValue(notInspected.getRow(2).getCell(2)));
            Sheet enterprises = wb.getSheet("企业");
            assertEquals(4, enterprises.getLastRowNum() + 1, "title, header and the batch's two enterprises");
        }
    }

    @Test
    void withPdfTheSummaryIsAlsoPrintedOnLandscapePagesWithItsTotalChartAndLists() throws Exception {
        Path batch = batchSheet("第二批.xlsx", SyntheticInspections.creditCode(434343));
        Path out = dir.resolve("pdf/汇总.xlsx");
        Path pdf = dir.resolve("pdf/县级验收汇总表.pdf");
        CliRun run = run("county-summary", "--inspection", first.toString(), "--batch", batch.toString(), "--as-of",
                "2026-12-07", "--out", out.toString(), "--pdf", pdf.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("汇总表（PDF）已写入“" + pdf + "”"), run.out());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertTrue(page.getWidth() > page.getHeight(), "A4 landscape");
            String text = new PDFTextStripper().getText(doc);
            String flat = text.replaceAll("\\s+", "");
            for (String expected : List.of("县级验收汇总表", "第二批·统计日期2026-12-07", "一、各县区验收情况",
                    "二、各县区验收结论（图）", "三、约谈名单", "没有需要约谈的企业。", "四、扣分最多的条款", "合计",
                    county(), "未检查1")) {
                assertTrue(flat.contains(expected), expected + " in " + text);
            }
        }
        assertTrue(Files.size(out) > 0, "the workbook too");

        Path refused = dir.resolve("pdf/同一个.xlsx");
        CliRun same = run("county-summary", "--inspection", first.toString(), "--out", refused.toString(), "--pdf",
                refused.toString());
        assertEquals(NineonesCli.FAILED, same.code(), "the PDF is never written over the workbook");
        assertTrue(same.err().contains("既是汇总表又是 PDF，未写入任何内容"), same.err());
        assertFalse(Files.exists(refused));
    }

    @Test
    void onThePostgresqlServerTheDeskKeepsWhatWasLoadedForTheNextRun() throws Exception {
        DeskEngines.Schema schema = DeskEngines.postgres();
        schema.desk().close();
        try {
            Path out = dir.resolve("pg/汇总.xlsx");
            CliRun load = run("county-summary", "--inspection", first.toString(), "--inspection", copy.toString(),
                    "--db", schema.url(), "--out", out.toString(), "--json");
            assertEquals(0, load.code(), load.err());
            Path again = dir.resolve("pg/再次.xlsx");
            CliRun kept = run("county-summary", "--db", schema.url(), "--out", again.toString(), "--json");
            assertEquals(0, kept.code(), kept.err());
            assertEquals(load.out(), kept.out());
            assertEquals(1, new ObjectMapper().readTree(kept.out()).get("counties").get(0).get("accepted").asInt());
            assertTrue(Files.size(again) > 0);
        } finally {
            schema.drop();
        }
    }

    @Test
    void aDeskFileKeepsWhatWasLoadedAndTheTextSaysWhatWasRead() throws Exception {
        Path deskFile = dir.resolve("县级/汇总库" + DeskStore.EXTENSION);
        Path out = dir.resolve("县级/汇总.xlsx");
        CliRun load = run("county-summary", "--inspection", first.toString(), "--inspection", copy.toString(),
                "--db", deskFile.toString(), "--out", out.toString());
        assertEquals(0, load.code(), load.err());
        assertTrue(load.out().contains("已读入检查档案“" + first + "”：1 次检查，新增 1"), load.out());
        assertTrue(load.out().contains("已读入检查档案“" + copy + "”：1 次检查，新增 0，新签字 0，新增问题 0，问题状态变化 0，未变 1"),
                load.out());
        assertTrue(load.out().contains(county() + "：企业 1 家，已验收 1"), load.out());
        assertTrue(load.out().contains("汇总表已写入“" + out + "”"), load.out());
        CliRun kept = run("county-summary", "--db", deskFile.toString(), "--out", out.toString(), "--json");
        assertEquals(0, kept.code(), kept.err());
        assertEquals(1, new ObjectMapper().readTree(kept.out()).get("counties").get(0).get("accepted").asInt());
        CliRun intoDesk = run("county-summary", "--db", deskFile.toString(), "--out", deskFile.toString());
        assertEquals(NineonesCli.FAILED, intoDesk.code(), "the desk itself is never an output");
        assertTrue(Files.size(deskFile) > 0);
    }

    @Test
    void aServerThatCannotBeReachedIsNamedAndNothingIsWritten() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path out = dir.resolve("closed/汇总.xlsx");
        CliRun run = run("county-summary", "--inspection", first.toString(), "--db",
                "jdbc:postgresql://127.0.0.1:" + port + "/city?user=desk&password=secret", "--out", out.toString());
        assertEquals(NineonesCli.FAILED, run.code());
        assertTrue(run.err().contains("无法连接 PostgreSQL 服务器 127.0.0.1:" + port), run.err());
        assertFalse(run.err().contains("secret"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aBatchWithADuplicateCodeIsRefusedAndNoSummaryIsWritten() throws Exception {
        Path batch = batchSheet("重复.xlsx", code());
        Path out = dir.resolve("dup/汇总.xlsx");
        CliRun run = run("county-summary", "--inspection", first.toString(), "--batch", batch.toString(), "--out",
                out.toString());
        assertEquals(NineonesCli.FAILED, run.code());
        assertTrue(run.err().contains("第 3 行的统一社会信用代码 " + code() + " 与第 2 行重复"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anEnterpriseWhosePackageNamedNoCountyIsShownUnderOneLabelAndTheJsonKeepsItEmpty() throws Exception {
        Path deskFile = dir.resolve("无县区/汇总库" + DeskStore.EXTENSION);
        Files.createDirectories(deskFile.getParent());
        try (DeskStore desk = DeskStore.openFile(deskFile)) {
            services.countyDesk().insert(desk, List.of(
                    SyntheticInspections.signed("无县区化工", SyntheticInspections.creditCode(616161), "", false,
                            "2026-11-01 09:00:00", "92", Conclusion.PASS, List.of(), List.of()),
                    SyntheticInspections.signed("东湖化工", SyntheticInspections.creditCode(626262), "东湖区", false,
                            "2026-11-02 09:00:00", "75", Conclusion.RECTIFY, List.of(), List.of())));
        }
        Path out = dir.resolve("无县区/汇总.xlsx");
        Path pdf = dir.resolve("无县区/汇总.pdf");
        CliRun text = run("county-summary", "--db", deskFile.toString(), "--as-of", "2026-12-07", "--out",
                out.toString(), "--pdf", pdf.toString());
        assertEquals(0, text.code(), text.err());
        List<String> lines = text.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("未填县区：企业 1 家，已验收 1，通过 1")), text.out());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("：")), text.out());
        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            DataFormatter f = new DataFormatter();
            Sheet summary = wb.getSheet("汇总");
            assertEquals(List.of("未填县区", "东湖区", "合计"), List.of(f.formatCellValue(summary.getRow(2).getCell(0)),
                    f.formatCellValue(summary.getRow(3).getCell(0)), f.formatCellValue(summary.getRow(4).getCell(0))));
            Sheet enterprises = wb.getSheet("企业");
            assertEquals(List.of("未填县区", "无县区化工"), List.of(f.formatCellValue(enterprises.getRow(2).getCell(0)),
                    f.formatCellValue(enterprises.getRow(2).getCell(1))));
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String flat = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(flat.contains("未填县区1011"), flat);
        }

        CliRun json = run("county-summary", "--db", deskFile.toString(), "--as-of", "2026-12-07", "--out",
                dir.resolve("无县区/再次.xlsx").toString(), "--json");
        assertEquals(0, json.code(), json.err());
        JsonNode counties = new ObjectMapper().readTree(json.out()).get("counties");
        assertEquals(List.of("", "东湖区"), List.of(counties.get(0).get("county").asText(),
                counties.get(1).get("county").asText()), "machines read the county as given: none");
    }

    @Test
    void anInspectionFileOfTheCitysReinspectionsIsRefusedAndNoSummaryIsWritten() throws Exception {
        Path deskFile = dir.resolve("市级/汇总库" + DeskStore.EXTENSION);
        Files.createDirectories(deskFile.getParent());
        Path city = Files.copy(first, dir.resolve("市级/市级复查.nineinspect"));
        try (DeskStore desk = DeskStore.openFile(deskFile)) {
            services.countyDesk().insert(desk, List.of(SyntheticInspections.signed("县里验收", code(), "甲县", false,
                    "2026-10-01 09:00:00", "88", Conclusion.PASS, List.of(), List.of())));
            String check = services.cityChecks().draw(desk, "甲县", null, 20261207).uid();
            assertEquals(1, services.cityChecks().load(desk, check, city).linked());
        }
        Path out = dir.resolve("市级/汇总.xlsx");
        CliRun run = run("county-summary", "--inspection", city.toString(), "--db", deskFile.toString(), "--out",
                out.toString());
        assertEquals(NineonesCli.FAILED, run.code());
        assertTrue(run.err().contains("检查档案“市级复查.nineinspect”中“" + signed.inspection().enterpriseName()
                + "”的检查（" + signed.inspection().uid() + "）是市级抽查的复查"), run.err());
        assertFalse(Files.exists(out));
        try (DeskStore desk = DeskStore.openFile(deskFile)) {
            assertEquals(1, services.countyDesk().inspectionCount(desk), "nothing of the city's file kept");
        }
    }

    @Test
    void helpNamesEveryOption() {
        CliRun run = run("county-summary", "--help");
        assertEquals(0, run.code());
        for (String option : List.of("--inspection", "--batch", "--db", "--as-of", "--out", "--pdf", "--json")) {
            assertTrue(run.out().contains(option), run.out());
        }
        assertNotNull(run.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }
}
