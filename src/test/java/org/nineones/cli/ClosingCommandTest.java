package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.service.inspection.ClosingFixture;
import org.nineones.store.Workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code nineones closing-package} on the enterprise's side and {@code nineones closing import} on the inspector's,
 * on the round trip's real files ({@link ClosingFixture}); {@code verify-package} naming a closing package.
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
}
