package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.report.PdfFiles;

/** {@code self-assess --print} (signed, chosen, preview, nothing signed) and {@code checklist print}. */
class SelfAssessPrintCommandTest {

    @TempDir
    static Path dir;
    private static Services services;
    private static Path ws;

    private static CliRun run(String... args) {
        return CliRun.of(services, args);
    }

    @BeforeAll
    static void workspaceFromARoster() {
        services = new Services(new Settings(dir.resolve("设置")), new Messages(Locale.SIMPLIFIED_CHINESE));
        ws = dir.resolve("企业.nineones");
        assertEquals(0, run("init", "--workspace", ws.toString(), "--name", "滨州示例化工有限公司", "--credit-code",
                "91371600MA3C7E2X1C").code());
        CliRun roster = run("import-roster", "--workspace", ws.toString(), "--file",
                Path.of("sample-data/rosters/钉钉导出-通讯录.xlsx").toAbsolutePath().toString(), "--ignore", "员工UserID",
                "--ignore", "直属主管");
        assertEquals(0, roster.code(), roster.out() + roster.err());
    }

    @Test
    void printsTheLatestSignedOrTheChosenOneOrAPreviewAndSaysWhenNothingIsSigned() throws Exception {
        Path out = dir.resolve("自评 报告.pdf");
        CliRun none = run("self-assess", "--workspace", ws.toString(), "--print", out.toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("还没有签字的自评，无法打印"), none.err());
        assertFalse(Files.exists(out));

        CliRun preview = run("self-assess", "--workspace", ws.toString(), "--print", out.toString(), "--preview");
        assertEquals(0, preview.code(), preview.err());
        assertTrue(preview.out().startsWith("已打印自评报告：" + out), preview.out());
        assertTrue(PdfFiles.text(out).contains("未签署 · 预览"));

        assertEquals(0, run("self-assess", "--workspace", ws.toString(), "--signed-by", "王建国").code());
        Path justSigned = dir.resolve("刚签的.pdf");
        CliRun signAndPrint = run("self-assess", "--workspace", ws.toString(), "--signed-by", "李卫东", "--print",
                justSigned.toString());
        assertEquals(0, signAndPrint.code(), signAndPrint.err());
        assertTrue(signAndPrint.out().startsWith("已签字记录自评 #2") && signAndPrint.out().contains("已打印自评报告："),
                signAndPrint.out());
        assertTrue(PdfFiles.text(justSigned).contains("李卫东"));
        assertEquals(0, run("self-assess", "--workspace", ws.toString(), "--print", out.toString()).code());
        String latest = PdfFiles.text(out);
        assertTrue(latest.contains("李卫东") && latest.contains("#2") && !latest.contains("未签署"), latest);
        assertEquals(0, run("self-assess", "--workspace", ws.toString(), "--print", out.toString(), "--id", "1")
                .code());
        assertTrue(PdfFiles.text(out).contains("王建国"));

        CliRun missing = run("self-assess", "--workspace", ws.toString(), "--print", out.toString(), "--id", "9");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("没有编号为 #9 的自评"), missing.err());
    }

    @Test
    void printsTheChecklistForOnSiteUse() throws Exception {
        Path out = dir.resolve("检查表.pdf");
        CliRun print = run("checklist", "print", "--workspace", ws.toString(), "--file", out.toString());
        assertEquals(0, print.code(), print.err());
        assertTrue(print.out().startsWith("已打印验收检查表“九个一验收标准（默认）”（2026.2 版，"), print.out());
        assertTrue(PdfFiles.text(out).contains("九个一安全生产责任制验收检查表"));

        CliRun unknown = run("checklist", "print", "--workspace", ws.toString(), "--file", out.toString(),
                "--template", "没有这个标准");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("没有这个标准"), unknown.err());
    }
}
