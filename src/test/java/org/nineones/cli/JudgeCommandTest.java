package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.NineItem;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordDraft;
import org.nineones.model.records.RecordKind;
import org.nineones.service.records.RecordsFixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code nineones judge}: judge, supersede, list, history; refusals said once with exit code 1; assess uses them. */
class JudgeCommandTest {

    @TempDir
    Path dir;
    private Services services;
    private String ws;
    private long recordId;

    @BeforeEach
    void setUp() throws Exception {
        RecordsFixture f = new RecordsFixture(dir);
        DutyRecord minutes = f.service.add(f.workspace, RecordDraft.of(RecordKind.MEETING_MINUTES, "安全例会纪要",
                LocalDate.now().minusDays(2), NineItem.RECORDS, "", null, List.of(), List.of()));
        recordId = minutes.id();
        ws = f.workspace.file().toString();
        f.workspace.close();
        services = new Services(new Settings(dir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
    }

    private CliRun run(String... args) {
        return CliRun.of(services, args);
    }

    @Test
    void judgesALineSupersedesItListsTheHistoryAndAssessScoresWithIt() throws Exception {
        CliRun first = run("judge", "--workspace", ws, "--line", "9.1", "--deduct", "2", "--note", "缺隐患排查记录",
                "--by", "王建国", "--record", String.valueOf(recordId));
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("已记录检查项 9.1 的评定：扣分 2 分；评定人 王建国，"), first.out());
        assertTrue(first.out().contains("依据专档记录 #" + recordId), first.out());
        assertEquals(0, run("judge", "--workspace", ws, "--line", "5.2", "--not-applicable").code());

        JsonNode json = new ObjectMapper().readTree(run("assess", "--workspace", ws, "--json").out());
        for (JsonNode line : json.get("lines")) {
            if (line.get("id").asText().equals("9.1")) {
                assertTrue(line.get("judged").asBoolean());
                assertEquals(3, line.get("score").asInt());
            }
            if (line.get("id").asText().equals("5.2")) {
                assertTrue(line.get("notApplicable").asBoolean());
            }
        }

        assertEquals(0, run("judge", "--workspace", ws, "--line", "9.1", "--confirm", "--by", "李四").code());
        CliRun list = run("judge", "--workspace", ws, "--list");
        assertEquals(0, list.code(), list.err());
        List<String> lines = list.out().lines().toList();
        assertEquals(List.of("1.2", "3.1", "5.2", "6.1", "9.1", "9.2"), lines.stream().map(l -> l.split("\t")[0]).toList(),
                list.out());
        assertTrue(lines.get(0).startsWith("1.2\tA+M\t未评"), list.out());
        assertTrue(lines.get(2).startsWith("5.2\tA\t缺项\t评定人 "), list.out());
        assertTrue(lines.get(4).startsWith("9.1\tM\t符合\t评定人 李四，"), list.out());

        CliRun history = run("judge", "--workspace", ws, "--list", "--line", "9.1");
        assertEquals(0, history.code(), history.err());
        List<String> entries = history.out().lines().toList();
        assertEquals("检查项 9.1 的评定记录共 2 条，最新在前：", entries.get(0));
        assertTrue(entries.get(1).startsWith("符合\t评定人 李四"), history.out());
        assertTrue(entries.get(2).startsWith("扣分 2 分\t缺隐患排查记录\t评定人 王建国"), history.out());
        assertTrue(entries.get(2).endsWith("依据专档记录 #" + recordId), history.out());
    }

    @Test
    void refusalsAreSaidOnceWithExitCodeOneAndWriteNothing() {
        CliRun noNote = run("judge", "--workspace", ws, "--line", "9.1", "--deduct", "1");
        assertEquals(1, noNote.code());
        assertEquals("judge: 检查项 9.1 扣了分：请在说明中写明扣分的原因（看到了什么、缺什么），它会印在扣分点及原因说明表中。",
                noNote.err().strip());
        CliRun two = run("judge", "--workspace", ws, "--line", "9.1", "--confirm", "--clear");
        assertEquals(1, two.code());
        assertTrue(two.err().contains("请选择一种评定（只选一种）"), two.err());
        CliRun veto = run("judge", "--workspace", ws, "--line", "1.2", "--veto", "maybe");
        assertEquals(1, veto.code());
        assertTrue(veto.err().contains("--veto 只接受 failed"), veto.err());
        CliRun automatic = run("judge", "--workspace", ws, "--line", "1.1", "--confirm");
        assertEquals(1, automatic.code());
        assertTrue(automatic.err().contains("检查项 1.1 由记录自动计算"), automatic.err());
        CliRun notApplicable = run("judge", "--workspace", ws, "--line", "9.1", "--not-applicable");
        assertEquals(1, notApplicable.code());
        assertTrue(notApplicable.err().contains("检查项 9.1 不允许标为缺项"), notApplicable.err());
        assertEquals("检查项 9.1 还没有评定记录。", run("judge", "--workspace", ws, "--list", "--line", "9.1").out()
                .strip());
    }

    @Test
    void helpNamesEveryChoice() {
        CliRun help = run("judge", "--help");
        assertEquals(0, help.code());
        for (String option : List.of("--deduct", "--score", "--veto", "--confirm", "--not-applicable", "--clear",
                "--note", "--by", "--record", "--template", "--list")) {
            assertTrue(help.out().contains(option), option + "\n" + help.out());
        }
        assertFalse(help.out().contains("!judgement"), help.out());
    }
}
