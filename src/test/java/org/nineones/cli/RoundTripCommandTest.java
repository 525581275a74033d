package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.service.inspection.SamplePackage;
import org.nineones.store.Workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The findings round trip of issue 14 on the command line only, from a copy of the sample enterprise's workspace:
 * {@code export-package} → {@code inspect} (a line scored down, signed, the findings file written) →
 * {@code verify-package} on the findings file → {@code problems import-findings} (twice: the second changes nothing) →
 * a measure with owner and deadline per problem, done with evidence ({@code record add}, {@code problems measure},
 * {@code problems status}) → {@code closing-package} → {@code closing import} into the inspection file (every finding
 * rectified) → {@code closing accept} → {@code county-summary} (JSON and the workbook read back with POI).
 */
class RoundTripCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "20261207";

    @TempDir
    Path dir;
    private Services services;

    private CliRun ok(String... args) {
        CliRun run = CliRun.of(services, args);
        assertEquals(0, run.code(), String.join(" ", args) + "\n" + run.out() + run.err());
        return run;
    }

    private static JsonNode json(CliRun run) throws Exception {
        return JSON.readTree(run.out());
    }

    @Test
    void packageInspectionFindingsProblemListClosingPackageAcceptedCountySummary() throws Exception {
        services = new Services(new Settings(dir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
        Path ws = Files.copy(SamplePackage.get().workspace(), dir.resolve("企业" + Workspace.EXTENSION));
        String w = ws.toString();

        // the enterprise exports its acceptance package
        Path pkg = dir.resolve("验收资料包.zip");
        assertTrue(ok("export-package", "--workspace", w, "--out", pkg.toString()).out().contains("校验码"));
        ok("verify-package", pkg.toString());

        // the inspector lowers one full-marks line by 2 points and signs: an inspection file and a findings file
        JsonNode review = json(ok("review", "--package", pkg.toString(), "--json"));
        JsonNode lowered = null;
        for (JsonNode line : review.get("lines")) {
            BigDecimal points = line.get("points").decimalValue();
            if (!line.get("notApplicable").asBoolean() && points.compareTo(BigDecimal.valueOf(5)) >= 0
                    && line.get("score").decimalValue().compareTo(points) == 0) {
                lowered = line;
                break;
            }
        }
        assertTrue(lowered != null, "a full-marks line of 5 points or more: " + review);
        String lineId = lowered.get("id").asText();
        Path scores = Files.writeString(dir.resolve("scores.tsv"), lineId + "\t"
                + lowered.get("points").decimalValue().subtract(BigDecimal.valueOf(2)).toPlainString()
                + "\t现场查看发现风险告知卡未张贴\n", StandardCharsets.UTF_8);
        Path inspection = dir.resolve("检查组.nineinspect");
        Path findings = dir.resolve("检查发现问题清单.zip");
        JsonNode inspected = json(ok("inspect", "--package", pkg.toString(), "--inspection", inspection.toString(),
                "--seed", SEED, "--scores", scores.toString(), "--inspector", "李明", "--place", "企业厂区",
                "--responsible", "孙建国", "--opinion", dir.resolve("验收意见书.pdf").toString(), "--findings",
                findings.toString(), "--json"));
        String inspectionUid = inspected.get("inspection").asText();
        String enterprise = inspected.get("enterprise").asText();
        int findingCount = inspected.get("findings").asInt();
        assertTrue(findingCount >= 1, inspected.toString());
        BigDecimal score = inspected.get("score").decimalValue();
        assertTrue(score.compareTo(inspected.get("maxScore").decimalValue()) < 0, "a line scored down");

        CliRun verified = ok("verify-package", findings.toString());
        assertTrue(verified.out().contains(inspected.get("findingsFingerprint").asText()), verified.out());

        // the enterprise imports it into its problem list, once
        CliRun imported = ok("problems", "import-findings", "--workspace", w, "--file", findings.toString());
        assertTrue(imported.out().contains("新增问题 " + findingCount + " 个，已在清单中的 0 个"), imported.out());
        CliRun again = ok("problems", "import-findings", "--workspace", w, "--file", findings.toString());
        assertTrue(again.out().contains("导入过，问题清单没有变化"), again.out());
        JsonNode problems = json(ok("problems", "list", "--workspace", w, "--json"));
        List<JsonNode> ours = new ArrayList<>();
        problems.forEach(p -> {
            if (inspectionUid.equals(p.get("inspectionUid").asText())) {
                ours.add(p);
            }
        });
        assertEquals(findingCount, ours.size(), problems.toString());
        assertTrue(ours.stream().anyMatch(p -> p.get("lineId").asText().equals(lineId)
                && p.get("seen").asText().contains("风险告知卡未张贴")), problems.toString());

        // a measure with an owner of the roster and a deadline for each, done with a duty record as evidence
        String owner = json(ok("draw", "--package", pkg.toString(), "--seed", SEED, "--json")).get("people").get(0)
                .get("employeeNumber").asText();
        Path photo = Files.write(dir.resolve("整改后照片.png"), png());
        CliRun record = ok("record", "add", "--workspace", w, "--kind", "inspection", "--title", "风险告知卡张贴情况检查",
                "--item", "9", "--date", LocalDate.now().toString(), "--file", photo.toString());
        Matcher recordId = Pattern.compile("#(\\d+)").matcher(record.out());
        assertTrue(recordId.find(), record.out());
        String deadline = LocalDate.now().plusDays(10).toString();
        for (JsonNode p : ours) {
            CliRun measure = ok("problems", "measure", "--workspace", w, "--problem", p.get("id").asText(), "--text",
                    "整改：" + p.get("seen").asText(), "--owner", owner, "--deadline", deadline);
            Matcher id = Pattern.compile("新增措施 #(\\d+)").matcher(measure.out());
            assertTrue(id.find(), measure.out());
            ok("problems", "status", "--workspace", w, "--measure", id.group(1), "--status", "in-progress");
            CliRun done = ok("problems", "status", "--workspace", w, "--measure", id.group(1), "--status", "done",
                    "--note", "已整改", "--record", recordId.group(1));
            assertTrue(done.out().contains("证据：专档记录 1 条"), done.out());
        }
        for (JsonNode p : json(ok("problems", "list", "--workspace", w, "--json"))) {
            if (inspectionUid.equals(p.get("inspectionUid").asText())) {
                JsonNode m = p.get("measures").get(0);
                assertEquals(List.of("DONE", owner, deadline, "false"), List.of(m.get("status").asText(),
                        m.get("employeeNumber").asText(), m.get("deadline").asText(), m.get("overdue").asText()));
            }
        }

        // the closing package answers the findings file; the inspector imports it: every finding rectified
        Path closing = dir.resolve("整改回复包.zip");
        CliRun written = ok("closing-package", "--workspace", w, "--findings", inspectionUid, "--out",
                closing.toString());
        assertTrue(written.out().contains("检查 " + inspectionUid + "，问题 " + findingCount + " 个"), written.out());
        assertTrue(ok("verify-package", closing.toString()).out().contains("整改回复包完好"));
        JsonNode states = json(ok("closing", "import", "--inspection", inspection.toString(), "--file",
                closing.toString(), "--json"));
        assertEquals(inspectionUid, states.get("inspection").asText());
        assertFalse(states.get("alreadyImported").asBoolean());
        assertEquals(findingCount, states.get("findings").size());
        for (JsonNode f : states.get("findings")) {
            assertEquals("CLOSED", f.get("state").asText(), f.toString());
        }

        // the inspector accepts each finding: closed
        for (JsonNode f : states.get("findings")) {
            JsonNode accepted = json(ok("closing", "accept", "--inspection", inspection.toString(), "--finding",
                    f.get("uid").asText(), "--json"));
            assertEquals(List.of("ACCEPTED", "ACCEPTED"), List.of(accepted.get("state").asText(),
                    accepted.get("decision").asText()));
        }
        JsonNode listed = json(ok("closing", "list", "--inspection", inspection.toString(), "--json"));
        listed.get("inspections").get(0).get("findings")
                .forEach(f -> assertEquals("ACCEPTED", f.get("state").asText()));

        // the county summary counts the enterprise as accepted, with its score
        Path summary = dir.resolve("县级汇总.xlsx");
        JsonNode counties = json(ok("county-summary", "--inspection", inspection.toString(), "--out",
                summary.toString(), "--json")).get("counties");
        assertEquals(1, counties.size(), counties.toString());
        JsonNode county = counties.get(0);
        assertEquals(List.of(1, 1), List.of(county.get("enterprises").asInt(), county.get("accepted").asInt()));
        String conclusion = inspected.get("conclusion").asText();
        assertEquals(List.of(1, 0, 0), List.of(county.get(field(conclusion)).asInt(), county.get("interviews").asInt(),
                county.get("selfAssessed").asInt()), county.toString());
        assertEquals(List.of(0, 0), List.of(county.get("findingsOpen").asInt(), county.get("findingsOverdue").asInt()),
                "the accepted findings are closed: " + county);
        BigDecimal rounded = score.setScale(1, RoundingMode.HALF_UP);
        assertEquals(0, county.get("averageScore").decimalValue().compareTo(rounded), county.toString());

        try (InputStream in = Files.newInputStream(summary); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("汇总");
            Row counted = sheet.getRow(2);
            assertEquals(county.get("county").asText(), cell(counted, column(sheet, "县区")));
            assertEquals("1", cell(counted, column(sheet, "批次企业数")));
            assertEquals("1", cell(counted, column(sheet, "已验收")));
            assertEquals(0, new BigDecimal(cell(counted, column(sheet, "平均分"))).compareTo(rounded));
            assertEquals("0", cell(counted, column(sheet, "未整改问题")), "every finding accepted");
            Sheet enterprises = wb.getSheet("企业");
            Row row = enterprises.getRow(2);
            assertEquals(enterprise, cell(row, column(enterprises, "企业名称")));
            assertEquals(0, new BigDecimal(cell(row, column(enterprises, "得分"))).compareTo(score));
            assertEquals(conclusion, cell(row, column(enterprises, "验收结论")));
        }
    }

    /** The county's count for an inspection's conclusion ({@code inspect --json}'s text). */
    private static String field(String conclusion) {
        return switch (conclusion) {
            case "通过" -> "passed";
            case "限期整改" -> "rectify";
            case "不通过" -> "failed";
            default -> throw new AssertionError(conclusion);
        };
    }

    /** The column of the sheet's header row (the row after the title) headed {@code header}. */
    private static int column(Sheet sheet, String header) {
        Row headers = sheet.getRow(1);
        for (int c = 0; c < headers.getLastCellNum(); c++) {
            if (header.equals(cell(headers, c))) {
                return c;
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
    }

    private static String cell(Row row, int column) {
        return new DataFormatter().formatCellValue(row.getCell(column)).strip();
    }

    /** A small PNG file's bytes: the signature, then filler. */
    private static byte[] png() {
        byte[] bytes = new byte[256];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        for (int i = magic.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }
}
