package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.service.inspection.ClosingFixture;
import org.nineones.store.Workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code nineones closing-package} on the enterprise's side and {@code nineones closing import} on the inspector's,
 * on the round trip's real files ({@link ClosingFixture}); {@code verify-package} naming a closing package;
 * {@code nineones closing list|accept|reopen}, the inspector's decisions on each finding, and each refusal's sentence.
 */
class ClosingCommandTest {

    private static final ClosingFixture F = ClosingFixture.get();

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(F.services, args);
    }

    @Test
    void theEnterpriseWritesTheClosingPackageAndVerifyPackageNamesIt() throws Exception {
        Path ws = Files.copy(F.workspace, dir.resolve("企业" + Workspace.EXTENSION));
        Path out = dir.resolve("回复包.zip");
        CliRun written = run("closing-package", "--workspace", ws.toString(), "--findings", F.inspectionUid,
                "--out", out.toString());
        assertEquals(0, written.code(), written.err());
        assertTrue(written.out().contains("已写出整改回复包"), written.out());
        CliRun verified = run("verify-package", out.toString());
        assertEquals(0, verified.code(), verified.out() + verified.err());
        assertTrue(verified.out().contains("整改回复包完好"), verified.out());
        assertTrue(verified.out().contains("答复检查 " + F.inspectionUid), verified.out());

        CliRun unknown = run("closing-package", "--workspace", ws.toString(), "--findings", "没有这份",
                "--out", dir.resolve("y.zip").toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("本工作文件中没有导入过“没有这份”这份检查发现问题清单"), unknown.err());
        assertFalse(Files.exists(dir.resolve("y.zip")));
        CliRun overWorkspace = run("closing-package", "--workspace", ws.toString(), "--findings", F.inspectionUid,
                "--out", ws.toString());
        assertEquals(1, overWorkspace.code(), overWorkspace.out());
        assertTrue(run("closing-package", "--help").out().contains("--findings"));
    }

    @Test
    void theInspectorImportsItOnceAndSeesEachFindingsState() throws Exception {
        Path inspection = F.inspectionCopy(dir);
        CliRun imported = run("closing", "import", "--inspection", inspection.toString(), "--file",
                F.closing.toString(), "--json");
        assertEquals(0, imported.code(), imported.err());
        JsonNode json = new ObjectMapper().readTree(imported.out());
        assertEquals(F.inspectionUid, json.get("inspection").asText());
        assertFalse(json.get("alreadyImported").asBoolean());
        assertEquals("CLOSED", json.get("findings").get(0).get("state").asText());
        assertEquals(1, json.get("findings").get(0).get("done").asInt());
        assertEquals("OPEN", json.get("findings").get(1).get("state").asText());

        CliRun again = run("closing", "import", "--inspection", inspection.toString(), "--file", F.closing.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("已于") && again.out().contains("整改完成"), again.out());

        byte[] bytes = Files.readAllBytes(F.closing);
        bytes[bytes.length / 2] ^= 1;
        Path altered = Files.write(dir.resolve("改过.zip"), bytes);
        CliRun refused = run("closing", "import", "--inspection", inspection.toString(), "--file", altered.toString());
        assertEquals(NineonesCli.PACKAGE_ALTERED, refused.code(), refused.out() + refused.err());
        assertTrue(refused.err().contains("改过.zip"), refused.err());
        CliRun verifyAltered = run("verify-package", altered.toString());
        assertEquals(NineonesCli.PACKAGE_ALTERED, verifyAltered.code(), verifyAltered.out());
        assertTrue(verifyAltered.out().contains("整改回复包未通过校验"), verifyAltered.out());
        CliRun noFile = run("closing", "import", "--inspection", dir.resolve("无.nineinspect").toString(), "--file",
                F.closing.toString());
        assertEquals(1, noFile.code());
        assertTrue(noFile.err().contains("不存在"), noFile.err());
        assertTrue(run("closing", "import", "--help").out().contains("--inspection"));
    }

    @Test
    void theInspectorAcceptsAndSendsBackAFindingByItsNumber() throws Exception {
        Path inspection = F.inspectionCopy(dir);
        CliRun imported = run("closing", "import", "--inspection", inspection.toString(), "--file",
                F.closing.toString(), "--json");
        assertEquals(0, imported.code(), imported.err());
        JsonNode findings = new ObjectMapper().readTree(imported.out()).get("findings");
        String rectified = findings.get(0).get("uid").asText();
        String open = findings.get(1).get("uid").asText();
        String i = inspection.toString();
        List<String> before = states(i);
        assertEquals(List.of("CLOSED", "OPEN"), before.subList(0, 2));

        CliRun unknown = run("closing", "accept", "--inspection", i, "--finding", "没有这个");
        assertEquals(1, unknown.code(), unknown.out());
        assertTrue(unknown.err().startsWith("closing accept: 检查档案“检查组副本.nineinspect”中没有编号为 没有这个 的问题"),
                unknown.err());
        CliRun notDone = run("closing", "accept", "--inspection", i, "--finding", open);
        assertEquals(1, notDone.code(), notDone.out());
        assertTrue(notDone.err().contains("的整改尚未完成（整改中），不能验收"), notDone.err());
        CliRun notClosed = run("closing", "reopen", "--inspection", i, "--finding", open, "--reason", "未见照片");
        assertEquals(1, notClosed.code(), notClosed.out());
        assertTrue(notClosed.err().contains("尚未整改完成（整改中），无需退回"), notClosed.err());
        CliRun noReason = run("closing", "reopen", "--inspection", i, "--finding", rectified, "--reason", "  ");
        assertEquals(1, noReason.code(), noReason.out());
        assertTrue(noReason.err().contains("退回整改须写明原因"), noReason.err());
        CliRun noFile = run("closing", "accept", "--inspection", dir.resolve("无.nineinspect").toString(),
                "--finding", rectified);
        assertEquals(1, noFile.code());
        assertTrue(noFile.err().contains("不存在"), noFile.err());
        assertEquals(before, states(i), "a refusal writes nothing");

        CliRun accepted = run("closing", "accept", "--inspection", i, "--finding", rectified);
        assertEquals(0, accepted.code(), accepted.err());
        assertTrue(accepted.out().startsWith("已验收整改：问题 " + rectified), accepted.out());
        CliRun twice = run("closing", "accept", "--inspection", i, "--finding", rectified);
        assertEquals(1, twice.code(), twice.out());
        assertTrue(twice.err().contains("已验收，无需再次验收"), twice.err());
        List<String> after = new ArrayList<>(before);
        after.set(0, "ACCEPTED");
        assertEquals(after, states(i));

        CliRun reopened = run("closing", "reopen", "--inspection", i, "--finding", rectified, "--reason",
                "告知卡位置不醒目", "--json");
        assertEquals(0, reopened.code(), reopened.err());
        JsonNode json = new ObjectMapper().readTree(reopened.out());
        assertEquals(F.inspectionUid, json.get("inspection").asText());
        assertEquals(rectified, json.get("uid").asText());
        assertEquals("OPEN", json.get("state").asText());
        assertTrue(json.get("sentBack").asBoolean());
        assertEquals("REOPENED", json.get("decision").asText());
        assertEquals("告知卡位置不醒目", json.get("reason").asText());
        CliRun listed = run("closing", "list", "--inspection", i);
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().contains(rectified + "  整改中（已退回）"), listed.out());
        assertTrue(listed.out().contains("检查 " + F.inspectionUid), listed.out());
        CliRun acceptSentBack = run("closing", "accept", "--inspection", i, "--finding", rectified);
        assertEquals(1, acceptSentBack.code());
        assertTrue(acceptSentBack.err().contains("的整改尚未完成（整改中），不能验收"), acceptSentBack.err());
        assertTrue(run("closing", "reopen", "--help").out().contains("--reason"));
    }

    private static List<String> states(String inspection) throws Exception {
        CliRun listed = run("closing", "list", "--inspection", inspection, "--json");
        assertEquals(0, listed.code(), listed.err());
        List<String> states = new ArrayList<>();
        new ObjectMapper().readTree(listed.out()).get("inspections").get(0).get("findings")
                .forEach(f -> states.add(f.get("state").asText()));
        return states;
    }
}
