package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
import org.nineones.model.county.DeskInspection;
import org.nineones.service.county.DeskEngines;
import org.nineones.service.county.InspectionFiles;
import org.nineones.service.county.SyntheticInspections;
import org.nineones.service.inspection.InspectionScript;
import org.nineones.store.DeskStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code nineones city-check} (issue 14, point 4): a county desk holding three enterprises the county accepted — the
 * sample enterprise among them, concluded otherwise than the city will — and a real city inspection file of the sample
 * enterprise made by {@code nineones inspect}'s script ({@link InspectionFiles}); draw, load, compare and
 * replay through the command, JSON and the workbook read back, on a desk file and on the PostgreSQL test server; the
 * refusals with their sentences.
 */
class CityCheckCommandTest {

    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    static Path dir;
    private static Services services;
    private static InspectionScript.Result city;
    private static Path cityFile;
    private static Path deskFile;
    private static Conclusion countyConclusion;

    @BeforeAll
    static void deskAndCityFile() throws Exception {
        services = new Services(new Settings(dir.resolve("home")), ZH);
        InspectionFiles files = InspectionFiles.get();
        city = files.result();
        cityFile = Files.copy(files.signed(), dir.resolve("市级复查.nineinspect"));
        countyConclusion = city.signed().conclusion() == Conclusion.PASS ? Conclusion.RECTIFY : Conclusion.PASS;
        deskFile = dir.resolve("市级台账" + DeskStore.EXTENSION);
        try (DeskStore desk = services.countyDesk().open(deskFile.toString())) {
            services.countyDesk().insert(desk, countyInspections());
        }
    }

    /** The county's three accepted enterprises; the sample's with the city's score and another conclusion. */
    private static List<DeskInspection> countyInspections() {
        List<DeskInspection> all = new ArrayList<>();
        all.add(SyntheticInspections.signed(city.inspection().enterpriseName(), code(), county(), false,
                "2026-06-01 09:00:00", city.signed().score().toPlainString(), countyConclusion, List.of(), List.of()));
        all.add(SyntheticInspections.signed("企业一", SyntheticInspections.creditCode(1), county(), false,
                "2026-06-02 09:00:00", "88", Conclusion.PASS, List.of(), List.of()));
        all.add(SyntheticInspections.signed("企业二", SyntheticInspections.creditCode(2), county(), false,
                "2026-06-03 09:00:00", "72", Conclusion.RECTIFY, List.of(), List.of()));
        return all;
    }

    private static String code() {
        return city.inspection().creditCode();
    }

    private static String county() {
        return city.inspection().county();
    }

    private static CliRun run(String... args) {
        return CliRun.of(services, args);
    }

    private static JsonNode json(CliRun run) throws Exception {
        assertEquals(0, run.code(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    @Test
    void theSameSeedDrawsTheSameEnterprisesTheCitysFileIsLoadedAndTheComparisonIsReadBack() throws Exception {
        String db = deskFile.toString();
        JsonNode first = json(run("city-check", "draw", "--db", db, "--county", county(), "--seed", "20261207",
                "--json"));
        assertEquals(List.of("check", "county", "batch", "seed", "algorithm", "frameSha256", "population", "rule",
                "size", "drawnBy", "drawnAt", "plan", "enterprises"), fieldNames(first));
        assertEquals(county(), first.get("county").asText());
        assertEquals(20261207L, first.get("seed").asLong());
        assertEquals("nineones-draw/1", first.get("algorithm").asText());
        assertEquals(64, first.get("frameSha256").asText().length());
        assertEquals(List.of(3, 3), List.of(first.get("population").asInt(), first.get("size").asInt()));
        assertEquals(3, first.get("enterprises").size(), "at least 3: all of them");
        JsonNode again = json(run("city-check", "draw", "--db", db, "--county", county(), "--seed", "20261207",
                "--json"));
        assertNotEquals(first.get("check"), again.get("check"));
        assertEquals(first.get("enterprises"), again.get("enterprises"), "the same seed, the same enterprises");
        assertEquals(first.get("frameSha256"), again.get("frameSha256"));

        String id = first.get("check").asText();
        CliRun load = run("city-check", "load", "--db", db, "--check", id, "--inspection", cityFile.toString());
        assertEquals(0, load.code(), load.err());
        assertTrue(load.out().contains("已读入检查档案“" + cityFile + "”作为抽查 " + id + " 的市级复查：1 次检查，新记入 1，已有 0，"
                + "未签字 0，非抽中企业 0。"), load.out());

        Path out = dir.resolve("比较/" + county() + ".xlsx");
        JsonNode compared = json(run("city-check", "compare", "--db", db, "--check", id, "--json", "--out",
                out.toString()));
        assertEquals(id, compared.get("check").asText());
        JsonNode summary = compared.get("summary");
        assertEquals(List.of(county(), "3", "1", "0", "1"), List.of(summary.get("county").asText(),
                summary.get("drawn").asText(), summary.get("reinspected").asText(), summary.get("agree").asText(),
                summary.get("differ").asText()));
        JsonNode sample = null;
        for (JsonNode e : compared.get("enterprises")) {
            if (e.get("creditCode").asText().equals(code())) {
                sample = e;
            } else {
                assertTrue(e.get("city").isNull());
                assertEquals("NOT_REINSPECTED", e.get("outcome").asText());
            }
        }
        assertEquals("DIFFER", sample.get("outcome").asText());
        assertEquals(countyConclusion.name(), sample.get("county").get("conclusion").asText());
        assertEquals(city.signed().conclusion().name(), sample.get("city").get("conclusion").asText());
        assertEquals(city.inspection().uid(), sample.get("city").get("inspection").asText());
        assertTrue(sample.get("conclusionDiffers").asBoolean());
        assertFalse(sample.get("scoreDiffers").asBoolean());
        assertEquals(0, sample.get("scoreDifference").decimalValue().compareTo(BigDecimal.ZERO));

        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            assertEquals(List.of("比较", "汇总", "抽样框"), List.of(wb.getSheetName(0), wb.getSheetName(1),
                    wb.getSheetName(2)));
            DataFormatter f = new DataFormatter();
            Sheet rows = wb.getSheet("比较");
            assertTrue(f.formatCellValue(rows.getRow(0).getCell(0)).contains("种子 20261207"));
            assertEquals("统一社会信用代码", f.formatCellValue(rows.getRow(1).getCell(0)));
            assertEquals(5, rows.getLastRowNum() + 1, "title, header and three enterprises");
            Row row = null;
            for (int r = 2; r < 5; r++) {
                if (f.formatCellValue(rows.getRow(r).getCell(0)).equals(code())) {
                    row = rows.getRow(r);
                }
            }
            assertEquals(ZH.of(countyConclusion), f.formatCellValue(row.getCell(3)));
            assertEquals(ZH.of(city.signed().conclusion()), f.formatCellValue(row.getCell(5)));
            assertEquals("不一致", f.formatCellValue(row.getCell(8)));
            assertEquals("结论不同", f.formatCellValue(row.getCell(9)));
            Row line = wb.getSheet("汇总").getRow(2);
            assertEquals(List.of(county(), "3", "1", "0", "1", "5"), List.of(f.formatCellValue(line.getCell(0)),
                    f.formatCellValue(line.getCell(1)), f.formatCellValue(line.getCell(2)),
                    f.formatCellValue(line.getCell(3)), f.formatCellValue(line.getCell(4)),
                    f.formatCellValue(line.getCell(5))));
            Sheet frame = wb.getSheet("抽样框");
            assertEquals(5, frame.getLastRowNum() + 1);
            List<String> numbers = new ArrayList<>();
            first.get("enterprises").forEach(e -> numbers.add(e.get("drawNumber").asText()));
            List<String> inSheet = new ArrayList<>();
            for (int r = 2; r < 5; r++) {
                inSheet.add(f.formatCellValue(frame.getRow(r).getCell(4)));
            }
            assertEquals(numbers.stream().sorted().toList(), inSheet.stream().sorted().toList());
        }

        CliRun text = run("city-check", "compare", "--db", db, "--check", id);
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("县（区）“" + county() + "”：抽取 3 家，已复查 1，一致 0，不一致 1（分差阈值 5 分）。"),
                text.out());
        assertTrue(text.out().contains("不一致（结论不同）"), text.out());
        CliRun replay = run("city-check", "replay", "--db", db, "--check", id);
        assertEquals(0, replay.code(), replay.err());
        assertTrue(replay.out().contains("与记录一致") && replay.out().contains("用种子 20261207 重新抽取，抽中企业与记录相同"),
                replay.out());
        CliRun list = run("city-check", "list", "--db", db, "--county", county());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains(id) && list.out().contains(again.get("check").asText()), list.out());
    }

    @Test
    void aBatchSheetLimitsTheDrawToItsEnterprises() throws Exception {
        Path sheet = dir.resolve("第一批.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(sheet)) {
            Sheet s = wb.createSheet("批次");
            String[][] rows = {{"企业名称", "统一社会信用代码", "县区", "行业"},
                {city.inspection().enterpriseName(), code(), county(), "化工"},
                {"企业一", SyntheticInspections.creditCode(1), county(), "化工"},
                {"未检查", SyntheticInspections.creditCode(9), county(), "冶金"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < 4; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        JsonNode drawn = json(run("city-check", "draw", "--db", deskFile.toString(), "--county", county(), "--seed",
                "5", "--batch", sheet.toString(), "--json"));
        assertFalse(drawn.get("batch").isNull());
        assertEquals(List.of(2, 2), List.of(drawn.get("population").asInt(), drawn.get("size").asInt()));
        List<String> codes = new ArrayList<>();
        drawn.get("enterprises").forEach(e -> codes.add(e.get("creditCode").asText()));
        assertEquals(List.of(code(), SyntheticInspections.creditCode(1)).stream().sorted().toList(),
                codes.stream().sorted().toList());
    }

    @Test
    void refusalsAreOneSentenceAndWriteNothing() throws Exception {
        String db = deskFile.toString();
        CliRun unknown = run("city-check", "draw", "--db", db, "--county", "无此县", "--seed", "1");
        assertEquals(NineonesCli.FAILED, unknown.code());
        assertTrue(unknown.err().contains("台账中没有县（区）“无此县”的检查。台账中的县（区）：" + county() + "。"), unknown.err());
        CliRun seed = run("city-check", "draw", "--db", db, "--county", county(), "--seed", "-5");
        assertEquals(NineonesCli.FAILED, seed.code());
        assertTrue(seed.err().contains(ZH.get("draw.error.seed", "-5")), seed.err());
        String missing = UUID.randomUUID().toString();
        CliRun check = run("city-check", "compare", "--db", db, "--check", missing, "--json");
        assertEquals(NineonesCli.FAILED, check.code());
        assertTrue(check.err().contains("台账中没有编号为“" + missing + "”的市级抽查。"), check.err());
        Path absent = dir.resolve("无此台账" + DeskStore.EXTENSION);
        CliRun noDesk = run("city-check", "draw", "--db", absent.toString(), "--county", county());
        assertEquals(NineonesCli.FAILED, noDesk.code());
        assertTrue(noDesk.err().contains("台账文件“" + absent + "”不存在，未建立任何文件。"), noDesk.err());
        assertFalse(Files.exists(absent));
        CliRun intoDesk = run("city-check", "compare", "--db", db, "--check", missing, "--out", db);
        assertEquals(NineonesCli.FAILED, intoDesk.code(), "the desk itself is never an output");

        Path countyDesk = dir.resolve("县级台账" + DeskStore.EXTENSION);
        String id;
        try (DeskStore desk = services.countyDesk().open(countyDesk.toString())) {
            services.countyDesk().load(desk, cityFile);
            id = services.cityChecks().draw(desk, county(), null, 3).uid();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + countyDesk);
             PreparedStatement update = c.prepareStatement(
                     "UPDATE desk_city_check_enterprise SET enterprise_name = '改过的名称' WHERE check_uid = ?")) {
            update.setString(1, id);
            assertEquals(1, update.executeUpdate());
        }
        CliRun altered = run("city-check", "replay", "--db", countyDesk.toString(), "--check", id);
        assertEquals(NineonesCli.PACKAGE_ALTERED, altered.code(), altered.err());
        assertTrue(altered.out().contains("记录已被改动"), altered.out());
        CliRun countys = run("city-check", "load", "--db", countyDesk.toString(), "--check", id, "--inspection",
                cityFile.toString());
        assertEquals(NineonesCli.FAILED, countys.code());
        assertTrue(countys.err().contains("是县里的检查，已作为县级检查读入台账，不能作为市级复查"), countys.err());

        CliRun help = run("city-check", "--help");
        assertEquals(0, help.code());
        for (String sub : List.of("draw", "load", "compare", "list", "replay")) {
            assertTrue(help.out().contains(sub), help.out());
        }
        CliRun drawHelp = run("city-check", "draw", "--help");
        assertTrue(drawHelp.out().contains("--seed") && drawHelp.out().contains("--county"), drawHelp.out());
    }

    @Test
    void onThePostgresqlServerTheCheckIsDrawnAndComparedAlike() throws Exception {
        DeskEngines.Schema schema = DeskEngines.postgres();
        try {
            services.countyDesk().insert(schema.desk(), countyInspections());
            schema.desk().close();
            JsonNode drawn = json(run("city-check", "draw", "--db", schema.url(), "--county", county(), "--seed",
                    "20261207", "--json"));
            JsonNode onFile = json(run("city-check", "draw", "--db", deskFile.toString(), "--county", county(),
                    "--seed", "20261207", "--json"));
            List<String> codes = new ArrayList<>();
            drawn.get("enterprises").forEach(e -> codes.add(e.get("creditCode").asText()));
            List<String> fileCodes = new ArrayList<>();
            onFile.get("enterprises").forEach(e -> fileCodes.add(e.get("creditCode").asText()));
            assertEquals(fileCodes, codes, "the same enterprises and seed draw alike on either engine");
            assertEquals(onFile.get("frameSha256"), drawn.get("frameSha256"));
            String id = drawn.get("check").asText();
            assertEquals(0, run("city-check", "load", "--db", schema.url(), "--check", id, "--inspection",
                    cityFile.toString()).code());
            JsonNode compared = json(run("city-check", "compare", "--db", schema.url(), "--check", id, "--json"));
            assertEquals(1, compared.get("summary").get("differ").asInt());
        } finally {
            schema.drop();
        }
    }
}
