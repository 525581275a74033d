package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.SelfAssessment;
import org.nineones.store.Workspace;

/** {@code nineones self-assess}: sign, list, compare; the refusals; a signed one never changes. */
class SelfAssessCommandTest {

    @TempDir
    Path dir;
    private Path ws;

    private Services services() {
        return new Services(new Settings(dir.resolve("设置")), new Messages(Locale.SIMPLIFIED_CHINESE));
    }

    private CliRun run(String... args) {
        return CliRun.of(services(), args);
    }

    @BeforeEach
    void workspaceFromARoster() {
        ws = dir.resolve("企业.nineones");
        assertEquals(0, run("init", "--workspace", ws.toString(), "--name", "滨州示例化工有限公司", "--credit-code",
                "91371600MA3C7E2X1C").code());
        CliRun roster = run("import-roster", "--workspace", ws.toString(), "--file",
                Path.of("sample-data/rosters/钉钉导出-通讯录.xlsx").toAbsolutePath().toString(), "--ignore", "员工UserID",
                "--ignore", "直属主管");
        assertEquals(0, roster.code(), roster.out() + roster.err());
    }

    @Test
    void aSignedSelfAssessmentKeepsItsScoreWhenTheRecordsImproveAndTwoCompareLineByLine() throws Exception {
        CliRun first = run("self-assess", "--workspace", ws.toString(), "--signed-by", "王建国");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("已签字记录自评 #1：九个一验收标准（默认）（2026.2 版）· 截至 " + LocalDate.now()),
                first.out());
        assertTrue(first.out().contains("签字人 王建国"), first.out());

        // the officer loads the default reward and penalty rules: the next self-assessment gains on line 7.1
        Services services = services();
        try (Workspace w = services.workspaces().open(ws)) {
            assertTrue(services.rewards().loadDefaultRules(w) > 0);
        }
        CliRun second = run("self-assess", "--workspace", ws.toString(), "--signed-by", "王建国");
        assertEquals(0, second.code(), second.err());

        try (Workspace w = services.workspaces().open(ws)) {
            List<SelfAssessment> history = services.selfAssessments().history(w);
            assertEquals(List.of(2L, 1L), history.stream().map(SelfAssessment::id).toList());
            SelfAssessment earlier = history.get(1);
            SelfAssessment later = history.get(0);
            assertTrue(later.score().compareTo(earlier.score()) > 0, earlier.score() + " → " + later.score());
            assertEquals(first.out().split("：")[2].split(" 分")[0], earlier.score().toPlainString(),
                    "the first keeps the score it was signed with");
            assertTrue(earlier.result().lines().get(0).charges().size() > 0, "its deductions are kept too");
        }

        CliRun list = run("self-assess", "--workspace", ws.toString(), "--list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().startsWith("#2\t截至 " + LocalDate.now()), list.out());
        assertTrue(list.out().contains("\n#1\t"), list.out());

        CliRun compare = run("self-assess", "--workspace", ws.toString(), "--compare", "1", "2");
        assertEquals(0, compare.code(), compare.err());
        assertTrue(compare.out().startsWith("自评 #1（截至 "), compare.out());
        assertTrue(compare.out().lines().anyMatch(l -> l.startsWith("7.1\t") && l.endsWith("\t+5")),
                compare.out());
        assertTrue(compare.out().lines().anyMatch(l -> l.startsWith("1.1\t") && l.endsWith("\t0")),
                compare.out());
    }

    @Test
    void refusesToSignWithoutAName() {
        CliRun self = run("self-assess", "--workspace", ws.toString());
        assertEquals(1, self.code());
        assertTrue(self.err().contains("请填写签字人姓名"), self.err());
        assertEquals("还没有签字的自评。", run("self-assess", "--workspace", ws.toString(), "--list").out().strip());
    }

    @Test
    void refusesADayBeforeTheFirstRecordOrInTheFuture() {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        CliRun before = run("self-assess", "--workspace", ws.toString(), "--signed-by", "王建国", "--date",
                yesterday.toString());
        assertEquals(1, before.code());
        assertTrue(before.err().contains("自评日期 " + yesterday + " 早于本企业的第一条记录（" + LocalDate.now() + "）"),
                before.err());
        CliRun future = run("self-assess", "--workspace", ws.toString(), "--signed-by", "王建国", "--date",
                LocalDate.now().plusDays(1).toString());
        assertEquals(1, future.code());
        assertTrue(future.err().contains("在今天"), future.err());
    }

    @Test
    void theFileItselfRefusesToChangeOrDeleteASignedSelfAssessment() throws SQLException {
        assertEquals(0, run("self-assess", "--workspace", ws.toString(), "--signed-by", "王建国").code());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement s = c.createStatement()) {
            SQLException changed = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE self_assessment SET score = '100'"));
            assertTrue(changed.getMessage().contains("cannot be changed"), changed.getMessage());
            SQLException deleted = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> s.executeUpdate("DELETE FROM self_assessment"));
            assertTrue(deleted.getMessage().contains("cannot be deleted"), deleted.getMessage());
        }
    }

    @Test
    void comparingANumberThatIsNotThereSaysSo() {
        assertEquals(0, run("self-assess", "--workspace", ws.toString(), "--signed-by", "王建国").code());
        CliRun compare = run("self-assess", "--workspace", ws.toString(), "--compare", "1", "7");
        assertEquals(1, compare.code());
        assertTrue(compare.err().contains("没有编号为 #7 的自评"), compare.err());
    }
}
