package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.service.inspection.SamplePackage;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.store.Workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code nineones draw} on the sample enterprise's package: replayable, stratified, verified first, refusals. */
class DrawCommandTest {

    @TempDir
    static Path tempDir;
    private static Services services;
    private static Path zip;

    @BeforeAll
    static void samplePackage() {
        services = new Services(new Settings(tempDir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
        zip = SamplePackage.get().zip();
    }

    private static CliRun run(String... args) {
        return CliRun.of(services, args);
    }

    private static JsonNode json(CliRun run) throws Exception {
        assertEquals(0, run.code(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void theSameSeedGivesTheSamePeopleByteForByteAndAnotherSeedOthers() throws Exception {
        CliRun first = run("draw", "--package", zip.toString(), "--seed", "20261207", "--json");
        CliRun again = run("draw", "--package", zip.toString(), "--seed", "20261207", "--json");
        assertEquals(first.out(), again.out());
        JsonNode draw = json(first);
        List<String> fields = new ArrayList<>();
        draw.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("seed", "algorithm", "frameSha256", "population", "size", "plan", "people"), fields);
        assertEquals(20261207, draw.get("seed").asLong());
        assertEquals("nineones-draw/1", draw.get("algorithm").asText());
        assertTrue(draw.get("frameSha256").asText().matches("[0-9a-f]{64}"), draw.toString());
        JsonNode other = json(run("draw", "--package", zip.toString(), "--seed", "1", "--json"));
        assertNotEquals(draw.get("people"), other.get("people"));
        assertEquals(draw.get("frameSha256"), other.get("frameSha256"));
    }

    @Test
    void drawsFromEveryoneNotLeftByOrgUnitWithASpecialOperationWorkerAndATeamLeader() throws Exception {
        long payroll;
        try (Workspace ws = Workspace.open(SamplePackage.get().workspace())) {
            payroll = ws.read(store -> store.employees().all()).stream()
                    .filter(e -> e.status() != EmployeeStatus.LEFT).count();
        }
        JsonNode draw = json(run("draw", "--package", zip.toString(), "--seed", "7", "--json"));
        assertEquals(payroll, draw.get("population").asLong());
        int planned = 0;
        int people = 0;
        for (JsonNode stratum : draw.get("plan")) {
            planned += stratum.get("drawn").asInt();
            people += stratum.get("people").asInt();
            int inStratum = 0;
            for (JsonNode p : draw.get("people")) {
                inStratum += p.get("orgUnit").equals(stratum.get("orgUnit")) ? 1 : 0;
            }
            assertEquals(stratum.get("drawn").asInt(), inStratum, stratum.toString());
        }
        assertEquals(payroll, people);
        assertEquals(draw.get("size").asInt(), planned);
        assertEquals(draw.get("size").asInt(), draw.get("people").size());
        boolean special = false;
        boolean leader = false;
        for (JsonNode p : draw.get("people")) {
            special |= p.get("specialOperation").asBoolean();
            leader |= p.get("teamLeader").asBoolean();
            assertTrue(!p.get("name").asText().isEmpty() && p.has("employeeNumber") && p.has("post"), p.toString());
        }
        assertTrue(special && leader, draw.toString());
        JsonNode iso = json(run("draw", "--package", zip.toString(), "--seed", "7", "--rule", "iso2859-s3",
                "--size", "3", "--json"));
        assertTrue(iso.get("size").asInt() >= 3 && iso.get("size").asInt() <= 5, iso.toString());
    }

    @Test
    void theTextShowsTheSeedTheFrameThePlanAndThePeople() throws Exception {
        CliRun text = run("draw", "--package", zip.toString(), "--seed", "20261207");
        assertEquals(0, text.code(), text.err());
        JsonNode draw = json(run("draw", "--package", zip.toString(), "--seed", "20261207", "--json"));
        assertTrue(text.out().contains("抽取种子：20261207"), text.out());
        assertTrue(text.out().contains("抽取算法：nineones-draw/1"), text.out());
        assertTrue(text.out().contains("抽样框校验码（SHA-256）：" + draw.get("frameSha256").asText()), text.out());
        assertTrue(text.out().contains("按组织单元分配：" + System.lineSeparator() + "  "), text.out());
        assertTrue(text.out().contains("  1. "), text.out());
        for (JsonNode p : draw.get("people")) {
            assertTrue(text.out().contains(p.get("name").asText()), p.toString());
        }
    }

    @Test
    void withoutASeedANewEightDigitSeedIsShown() throws Exception {
        JsonNode draw = json(run("draw", "--package", zip.toString(), "--json"));
        assertTrue(draw.get("seed").asText().matches("[1-9][0-9]{7}"), draw.get("seed").toString());
        JsonNode replay = json(run("draw", "--package", zip.toString(), "--seed", draw.get("seed").asText(), "--json"));
        assertEquals(draw, replay);
    }

    @Test
    void anAlteredPackageExitsThree() throws Exception {
        Path altered = tempDir.resolve("改过的.zip");
        Files.copy(zip, altered);
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + altered.toUri()), Map.of())) {
            Files.writeString(fs.getPath("records.json"), "{}", StandardCharsets.UTF_8);
        }
        CliRun run = run("draw", "--package", altered.toString(), "--seed", "1", "--json");
        assertEquals(3, run.code(), run.err());
        assertTrue(run.err().contains("资料包“改过的.zip”未通过校验，不能据此抽取或检查：records.json："), run.err());
        assertEquals("", run.out());
    }

    @Test
    void badSeedSizeRuleOrFileExitOneWithTheirSentence() throws Exception {
        String p = zip.toString();
        CliRun seed = run("draw", "--package", p, "--seed", "十二");
        assertEquals(1, seed.code());
        assertTrue(seed.err().contains("抽取种子“十二”不是非负整数。"), seed.err());
        CliRun negative = run("draw", "--package", p, "--seed", "-5");
        assertEquals(1, negative.code());
        assertTrue(negative.err().contains("抽取种子“-5”不是非负整数。"), negative.err());
        CliRun above = run("draw", "--package", p, "--seed", "1", "--size", "100000");
        assertEquals(1, above.code());
        assertTrue(above.err().contains("抽查人数 100000 不可用：应在 1 到抽样框人数"), above.err());
        CliRun zero = run("draw", "--package", p, "--seed", "1", "--size", "0");
        assertEquals(1, zero.code());
        assertTrue(zero.err().contains("抽查人数 0 不可用：至少抽查 1 人。"), zero.err());
        CliRun rule = run("draw", "--package", p, "--seed", "1", "--rule", "gb2828");
        assertEquals(1, rule.code());
        assertTrue(rule.err().contains("没有名为“gb2828”的抽样人数规则。"), rule.err());
        Path text = Files.writeString(tempDir.resolve("名单.zip"), "不是压缩包", StandardCharsets.UTF_8);
        CliRun notPackage = run("draw", "--package", text.toString(), "--seed", "1");
        assertEquals(1, notPackage.code());
        assertTrue(notPackage.err().contains("“名单.zip”不是可用的九个一验收资料包"), notPackage.err());
        CliRun help = run("draw", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--seed") && help.out().contains("default (5%, 5 to 30)"), help.out());
        assertEquals("", help.err());
    }
}
