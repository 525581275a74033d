package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code nineones assess}: the default checklist scored against a workspace just made from an HR roster. */
class AssessCommandTest {

    @TempDir
    Path dir;
    private Path ws;

    private CliRun run(String... args) {
        return CliRun.of(new Services(new Settings(dir.resolve("设置")), new Messages(Locale.SIMPLIFIED_CHINESE)), args);
    }

    @BeforeEach
    void workspaceFromARoster() {
        ws = dir.resolve("企业.nineones");
        CliRun init = run("init", "--workspace", ws.toString(), "--name", "滨州示例化工有限公司", "--credit-code",
                "91371600MA3C7E2X1C");
        assertEquals(0, init.code(), init.err());
        CliRun roster = run("import-roster", "--workspace", ws.toString(), "--file",
                Path.of("sample-data/rosters/钉钉导出-通讯录.xlsx").toAbsolutePath().toString(), "--ignore", "员工UserID",
                "--ignore", "直属主管");
        assertEquals(0, roster.code(), roster.out() + roster.err());
    }

    @Test
    void printsTheScoreAndEveryDeductionAsJson() throws Exception {
        CliRun assess = run("assess", "--workspace", ws.toString(), "--json");
        assertEquals(0, assess.code(), assess.err());
        JsonNode root = new ObjectMapper().readTree(assess.out());

        assertEquals("九个一验收标准（默认）", root.at("/template/name").asText());
        assertEquals("2026.2", root.at("/template/version").asText());
        assertEquals(64, root.at("/template/sha256").asText().length());
        assertEquals(LocalDate.now().toString(), root.get("asOf").asText());
        assertEquals(100, root.get("maxScore").asInt());
        double score = root.get("score").asDouble();
        assertTrue(score > 0 && score < 100, "a new workspace is neither ready nor empty: " + score);
        assertTrue(root.get("conclusion").asText().matches("通过|限期整改|不通过"));
        assertEquals(12, root.get("lines").size());

        JsonNode dutyLists = root.get("lines").get(0);
        assertEquals("1.1", dutyLists.get("id").asText());
        assertEquals("A", dutyLists.get("evidence").asText());
        assertTrue(dutyLists.get("judged").asBoolean());
        // the roster import leaves each new post a draft duty list: half a point each, with the post named
        assertTrue(dutyLists.get("deducted").asDouble() > 0, dutyLists.toString());
        JsonNode first = dutyLists.get("findings").get(0);
        assertEquals(0.5, first.get("points").asDouble());
        assertTrue(first.get("what").asText().contains("草稿"), first.toString());
        assertEquals("POST", first.at("/target/kind").asText());
        // the same text in every run: the target's fields come in a fixed order (Map.of's order changed per process)
        List<String> targetFields = new ArrayList<>();
        first.get("target").fieldNames().forEachRemaining(targetFields::add);
        assertEquals(List.of("kind", "id"), targetFields);
        assertTrue(assess.out().endsWith("}" + System.lineSeparator()), "the JSON whole, then a line end");

        JsonNode records = root.get("lines").get(10);
        assertEquals("9.1", records.get("id").asText());
        assertEquals("M", records.get("evidence").asText());
        assertFalse(records.get("judged").asBoolean(), "a manual line not judged yet is flagged");
        assertEquals(records.get("points").asDouble(), records.get("score").asDouble());
    }

    @Test
    void printsTheDeductionsAsTextWithTheConclusion() {
        CliRun assess = run("assess", "--workspace", ws.toString());
        assertEquals(0, assess.code(), assess.err());
        assertTrue(assess.out().startsWith("九个一验收标准（默认）（2026.2 版）· 截至 " + LocalDate.now() + "："),
                assess.out());
        assertTrue(assess.out().contains("1.1\t责任清单\t"), assess.out());
        assertTrue(assess.out().contains("（待人工评定，暂计满分）"), assess.out());
        assertTrue(assess.out().contains("需人工评定的检查项尚未评定"), assess.out());
    }

    @Test
    void refusesADayInTheFuture() {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        CliRun assess = run("assess", "--workspace", ws.toString(), "--as-of", tomorrow.toString());
        assertEquals(1, assess.code());
        assertTrue(assess.err().contains("评分日期 " + tomorrow + " 在今天"), assess.err());
    }

    @Test
    void refusesAChecklistNameTheWorkspaceDoesNotKeepNamingThoseItKeeps() {
        CliRun assess = run("assess", "--workspace", ws.toString(), "--template", "滨城区标准");
        assertEquals(1, assess.code());
        assertTrue(assess.err().contains("滨城区标准") && assess.err().contains("九个一验收标准（默认）"), assess.err());
    }

    @Test
    void refusesAChecklistFileThatIsNotThere() {
        CliRun assess = run("assess", "--workspace", ws.toString(), "--template", dir.resolve("县标准.xlsx").toString());
        assertEquals(1, assess.code());
        assertTrue(assess.err().contains("找不到验收标准文件"), assess.err());
    }
}
