package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistJson;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.SelfAssessment;
import org.nineones.service.inspection.SamplePackage;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code nineones review}: the sample enterprise's package recomputed, beside the enterprise's signed self-score;
 * another checklist file; refusals.
 */
class ReviewCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    static Path tempDir;
    private static Services services;
    private static Path zip;
    /** The sample workspace with a signed self-assessment, and its package. */
    private static Path signedWorkspace;
    private static Path signedZip;
    private static SelfAssessment signed;

    @BeforeAll
    static void packages() throws Exception {
        services = new Services(new Settings(tempDir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
        zip = SamplePackage.get().zip();
        SamplePackage.Signed sample = SamplePackage.signed();
        signedWorkspace = sample.workspace();
        signedZip = sample.zip();
        signed = sample.selfAssessment();
    }

    private static CliRun run(String... args) {
        return CliRun.of(services, args);
    }

    private static JsonNode json(CliRun run) throws Exception {
        assertEquals(0, run.code(), run.err());
        return JSON.readTree(run.out());
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.decimalValue().stripTrailingZeros();
    }

    @Test
    void eachLineBearsTheSignedSelfScoreAndTheAutomaticLinesAreWhatAssessGives() throws Exception {
        JsonNode review = json(run("review", "--package", signedZip.toString(), "--json"));
        List<String> fields = new ArrayList<>();
        review.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("template", "asOf", "score", "maxScore", "conclusion", "vetoes", "lines", "self"), fields);
        assertEquals(signed.asOf().toString(), review.get("asOf").asText());
        assertEquals(signed.templateSha256(), review.at("/template/sha256").asText());

        Map<String, BigDecimal> selfScores = new HashMap<>();
        for (LineScore line : signed.result().lines()) {
            selfScores.put(line.id(), line.score().stripTrailingZeros());
        }
        assertEquals(selfScores.size(), review.get("lines").size());
        for (JsonNode line : review.get("lines")) {
            assertEquals(selfScores.get(line.get("id").asText()), decimal(line.get("selfScore")), line.toString());
        }
        JsonNode self = review.get("self");
        assertEquals(0, signed.score().compareTo(self.get("score").decimalValue()));
        assertEquals(AssessJson.conclusion(signed.conclusion()), self.get("conclusion").asText());
        assertEquals("李安全", self.get("signedBy").asText());
        assertEquals(signed.signedAt(), self.get("signedAt").asText());
        assertEquals(signed.asOf().toString(), self.get("asOf").asText());

        JsonNode assess = json(run("assess", "--workspace", signedWorkspace.toString(), "--as-of",
                signed.asOf().toString(), "--json"));
        Map<String, JsonNode> assessed = new HashMap<>();
        assess.get("lines").forEach(l -> assessed.put(l.get("id").asText(), l));
        int automatic = 0;
        for (JsonNode line : review.get("lines")) {
            if (!"A".equals(line.get("evidence").asText())) {
                continue;
            }
            automatic++;
            JsonNode enterprise = assessed.get(line.get("id").asText());
            assertEquals(decimal(enterprise.get("score")), decimal(line.get("score")), line.get("id").asText());
            assertEquals(decimal(enterprise.get("deducted")), decimal(line.get("deducted")), line.get("id").asText());
            assertEquals(enterprise.get("findings").size(), line.get("findings").size(), line.get("id").asText());
        }
        assertTrue(automatic >= 5, "the default checklist has automatic lines: " + automatic);

        CliRun text = run("review", "--package", signedZip.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("复核：验收标准“九个一验收标准（默认）”（版本 2026.2），按资料包中的记录重新计算，计分日 "
                + signed.asOf()), text.out());
        assertTrue(text.out().contains("企业自评 " + signed.score().stripTrailingZeros().toPlainString() + " / 100，结论："),
                text.out());
        assertTrue(text.out().contains("（李安全 于 " + signed.signedAt() + " 签字"), text.out());
        assertTrue(text.out().contains("  1.1 责任清单：复核 "), text.out());
    }

    @Test
    void aPackageWithoutSelfAssessmentIsScoredOnTheDayItWasMadeWithNoSelfScores() throws Exception {
        CliRun run = run("review", "--package", zip.toString(), "--json");
        JsonNode review = json(run);
        assertTrue(review.get("self").isNull(), review.toString());
        assertEquals(SamplePackage.get().manifest().createdAt().substring(0, 10), review.get("asOf").asText());
        assertEquals("九个一验收标准（默认）", review.at("/template/name").asText());
        assertEquals(12, review.get("lines").size());
        for (JsonNode line : review.get("lines")) {
            assertTrue(line.has("selfScore") && line.get("selfScore").isNull(), line.toString());
        }
        assertEquals(run.out(), run("review", "--package", zip.toString(), "--json").out());
        CliRun text = run("review", "--package", zip.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("资料包中没有企业签字的自评"), text.out());
        assertTrue(text.out().contains("企业自评 —"), text.out());
    }

    @Test
    void anotherChecklistFileIsScoredInstead() throws Exception {
        String county = Files.readString(Path.of("sample-data/checklists/default-checklist.json"), StandardCharsets.UTF_8)
                .replace("\"version\": \"2026.2\"", "\"version\": \"2026.2-县\"");
        Path file = Files.writeString(tempDir.resolve("县级验收标准.json"), county, StandardCharsets.UTF_8);
        JsonNode review = json(run("review", "--package", signedZip.toString(), "--template", file.toString(),
                "--json"));
        assertEquals("2026.2-县", review.at("/template/version").asText());
        assertEquals(new ChecklistJson().sha256(new ChecklistJson().read(county)), review.at("/template/sha256").asText());
        assertEquals(signed.asOf().toString(), review.get("asOf").asText());
        assertEquals(12, review.get("lines").size());
    }

    @Test
    void anAlteredPackageExitsThree() throws Exception {
        Path altered = tempDir.resolve("改过的.zip");
        Files.copy(signedZip, altered);
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + altered.toUri()), Map.of())) {
            Files.writeString(fs.getPath("self-assessment.json"), "{}", StandardCharsets.UTF_8);
        }
        CliRun run = run("review", "--package", altered.toString(), "--json");
        assertEquals(3, run.code(), run.err());
        assertTrue(run.err().contains("资料包“改过的.zip”未通过校验，不能据此抽取或检查：self-assessment.json："), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aFileThatIsNotAChecklistOrNotAPackageExitsOneWithItsSentence() throws Exception {
        Path notJson = Files.writeString(tempDir.resolve("说明.json"), "这不是验收标准", StandardCharsets.UTF_8);
        CliRun bad = run("review", "--package", zip.toString(), "--template", notJson.toString(), "--json");
        assertEquals(1, bad.code(), bad.err());
        assertTrue(bad.err().contains("“说明.json”不是验收标准文件："), bad.err());
        assertEquals("", bad.out());

        Path text = Files.writeString(tempDir.resolve("说明.txt"), "1.1 15", StandardCharsets.UTF_8);
        CliRun txt = run("review", "--package", zip.toString(), "--template", text.toString());
        assertEquals(1, txt.code(), txt.err());
        assertTrue(txt.err().contains("“说明.txt”不是验收标准文件：请给出 .json 或 Excel（.xlsx）格式的验收标准（检查表）文件。"),
                txt.err());

        CliRun notPackage = run("review", "--package", notJson.toString());
        assertEquals(1, notPackage.code(), notPackage.err());
        assertTrue(notPackage.err().contains("“说明.json”不是可用的九个一验收资料包"), notPackage.err());

        CliRun help = run("review", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--package") && help.out().contains("--template"), help.out());
    }
}
