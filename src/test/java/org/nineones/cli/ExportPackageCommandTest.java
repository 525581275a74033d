package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.excel.workbook.RegisterFixtures;
import org.nineones.model.Messages;
import org.nineones.service.acceptance.PackageWorkspaces;

class ExportPackageCommandTest {

    @TempDir
    Path tempDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Services services = new Services(new Settings(tempDir.resolve("settings")), new Messages(Locale.SIMPLIFIED_CHINESE));
        return NineonesCli.commandLine(services, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void missingWorkspaceExitsOneWithOneSentenceAndWritesNothing() {
        Path dir = tempDir.resolve("张三的文件");
        Path zip = dir.resolve("验收资料包.zip");
        assertEquals(1, run("export-package", "--workspace", dir.resolve("没有.nineones").toString(), "--out", zip.toString()));
        String message = err.toString().strip();
        assertTrue(message.startsWith("export-package: ") && message.contains("没有.nineones"), message);
        assertEquals(1, message.lines().count(), message);
        assertFalse(Files.exists(zip));
    }

    @Test
    void helpNamesBothOptions() {
        assertEquals(0, run("export-package", "--help"));
        assertTrue(out.toString().contains("--workspace") && out.toString().contains("--out"), out.toString());
    }

    @Test
    void addsZipToANameWithoutExtensionOnly() {
        Path dir = tempDir.resolve("张三的文件");
        assertEquals(dir.resolve("验收资料包.zip"), ExportPackageCommand.withZipExtension(dir.resolve("验收资料包")));
        assertEquals(dir.resolve("包.ZIP"), ExportPackageCommand.withZipExtension(dir.resolve("包.ZIP")));
        assertEquals(dir.resolve("包.v2"), ExportPackageCommand.withZipExtension(dir.resolve("包.v2")));
    }

    @Test
    void exportsAPackageThatVerifyPackageAccepts() throws Exception {
        Path dir = tempDir.resolve("张三的文件");
        Path workspace = dir.resolve("企业.nineones");
        PackageWorkspaces.create(workspace, RegisterFixtures.sample()).close();
        Path zip = dir.resolve("验收资料包");
        assertEquals(0, run("export-package", "--workspace", workspace.toString(), "--out", zip.toString()), err.toString());
        String text = out.toString();
        assertTrue(text.contains("已导出验收资料包：" + dir.resolve("验收资料包.zip")), text);
        assertTrue(text.contains("组织机构 6 个，岗位 5 个，人员 5 人，岗位责任 8 条"), text);
        assertTrue(text.contains("registers.xlsx") && text.contains("cards.pdf"), text);
        assertEquals(0, run("verify-package", dir.resolve("验收资料包.zip").toString()), out.toString());
        assertTrue(out.toString().contains("验收资料包完好"), out.toString());
    }

    @Test
    void theInternalEditionOnlyWithItsOptionAndSaysSoOnExportAndVerify() throws Exception {
        Path dir = tempDir.resolve("张三的文件");
        Path workspace = dir.resolve("企业.nineones");
        PackageWorkspaces.create(workspace, RegisterFixtures.sample()).close();
        Path standard = dir.resolve("对外版.zip");
        assertEquals(0, run("export-package", "--workspace", workspace.toString(), "--out", standard.toString()),
                err.toString());
        assertTrue(out.toString().contains("版本：对外版（身份证号均已遮蔽）"), out.toString());
        assertTrue(out.toString().contains("records.json") && out.toString().contains("checklist.json"), out.toString());
        Path internal = dir.resolve("内部版.zip");
        assertEquals(0, run("export-package", "--workspace", workspace.toString(), "--out", internal.toString(),
                "--internal"), err.toString());
        assertTrue(out.toString().contains("版本：内部版——含完整身份证号"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("verify-package", internal.toString()), out.toString());
        assertTrue(out.toString().contains("版本：内部版——含完整身份证号"), out.toString());
        assertTrue(out.toString().contains("records.json"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("verify-package", standard.toString()), out.toString());
        assertTrue(out.toString().contains("版本：对外版"), out.toString());
    }
}
