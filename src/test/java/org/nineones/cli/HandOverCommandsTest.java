package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.excel.workbook.RegisterFixtures;
import org.nineones.model.Messages;
import org.nineones.pack.PackageFingerprint;
import org.nineones.report.PdfFiles;
import org.nineones.service.acceptance.CoverLetter;
import org.nineones.service.acceptance.PackageWorkspaces;

/**
 * The hand-over from the command line: export-package prints the fingerprint and can print the cover letter,
 * export-history lists the exports and prints a cover letter again, verify-package --expect compares the fingerprint.
 */
class HandOverCommandsTest {

    @TempDir
    Path tempDir;

    private Services services;
    private Path dir;
    private Path workspace;

    @BeforeEach
    void setUp() throws Exception {
        services = new Services(new Settings(tempDir.resolve("settings")), new Messages(Locale.SIMPLIFIED_CHINESE));
        dir = tempDir.resolve("张三的文件");
        workspace = dir.resolve("企业.nineones");
        PackageWorkspaces.create(workspace, RegisterFixtures.sample()).close();
    }

    private CliRun run(String... args) {
        return CliRun.of(services, args);
    }

    private Path export(String name) {
        Path zip = dir.resolve(name);
        CliRun run = run("export-package", "--workspace", workspace.toString(), "--out", zip.toString());
        assertEquals(0, run.code(), run.err());
        return zip;
    }

    @Test
    void exportPrintsTheFingerprintAndTheCoverLetter() throws Exception {
        Path zip = dir.resolve("验收资料包.zip");
        Path note = dir.resolve("资料移交单.pdf");
        CliRun run = run("export-package", "--workspace", workspace.toString(), "--out", zip.toString(),
                "--cover-letter", note.toString());
        assertEquals(0, run.code(), run.err());
        String fingerprint = PackageFingerprint.of(zip);
        assertTrue(run.out().contains("资料包校验码（SHA-256）：" + fingerprint), run.out());
        assertTrue(run.out().contains("已生成资料移交单：" + note), run.out());
        String text = PdfFiles.text(note);
        assertTrue(text.contains(CoverLetter.grouped(fingerprint)), text);
        assertTrue(text.contains("滨州示例化工有限公司") && text.contains("验收资料包.zip"), text);
        assertTrue(text.contains("5 人") && text.contains("8 条"), text);
    }

    @Test
    void exportHistoryListsEveryExportTheLatestFirst() {
        Path first = export("第一次.zip");
        String firstFingerprint = PackageFingerprint.of(first);
        Path second = export("第二次.zip");
        CliRun run = run("export-history", "--workspace", workspace.toString());
        assertEquals(0, run.code(), run.err());
        String text = run.out();
        assertTrue(text.contains("移交记录：共导出 2 次"), text);
        assertTrue(text.indexOf("第二次.zip") < text.indexOf("第一次.zip"), text);
        assertTrue(text.contains("2. ") && text.contains("1. "), text);
        assertTrue(text.contains("校验码：" + firstFingerprint), text);
        assertTrue(text.contains("校验码：" + PackageFingerprint.of(second)), text);
        assertTrue(text.contains("文件：" + first.toAbsolutePath().normalize()), text);
        assertTrue(text.contains("组织机构 6 个，岗位 5 个，人员 5 人，岗位责任条目 8 条"), text);
        assertTrue(text.matches("(?s).*\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d（UTC[+-]\\d\\d:\\d\\d）　第一次\\.zip.*"),
                "the time with its offset: " + text);
    }

    @Test
    void exportHistoryOfAFreshWorkspaceSaysThereIsNone() {
        CliRun run = run("export-history", "--workspace", workspace.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("该工作区还没有导出过验收资料包。", run.out().strip());
    }

    @Test
    void exportHistoryPrintsTheCoverLetterOfAnEarlierExport() throws Exception {
        Path first = export("第一次.zip");
        export("第二次.zip");
        Path note = dir.resolve("第一次的移交单.pdf");
        CliRun run = run("export-history", "--workspace", workspace.toString(), "--cover-letter", "1",
                "--out", note.toString());
        assertEquals(0, run.code(), run.err());
        String text = PdfFiles.text(note);
        assertTrue(text.contains(CoverLetter.grouped(PackageFingerprint.of(first))), text);
        assertTrue(text.contains("第一次.zip"), text);
    }

    @Test
    void exportHistoryRefusesAnUnknownNumber() {
        export("第一次.zip");
        Path note = dir.resolve("移交单.pdf");
        CliRun run = run("export-history", "--workspace", workspace.toString(), "--cover-letter", "7",
                "--out", note.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("移交记录中没有编号为 7 的导出"), run.err());
        assertFalse(Files.exists(note));
        CliRun noOut = run("export-history", "--workspace", workspace.toString(), "--cover-letter", "1");
        assertEquals(1, noOut.code());
        assertTrue(noOut.err().contains("--out"), noOut.err());
    }

    @Test
    void verifyWithTheRightFingerprintExitsZeroAndSaysItMatches() {
        Path zip = export("验收资料包.zip");
        String fingerprint = PackageFingerprint.of(zip);
        // as copied from the cover letter: upper case, in groups of eight
        CliRun run = run("verify-package", "--expect", CoverLetter.grouped(fingerprint).toUpperCase(Locale.ROOT),
                zip.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("验收资料包完好"), run.out());
        assertTrue(run.out().contains("校验码与企业提供的一致：" + fingerprint), run.out());
    }

    @Test
    void verifyWithAnotherFingerprintExitsThreeNamingBoth() {
        Path zip = export("验收资料包.zip");
        String actual = PackageFingerprint.of(zip);
        String expected = "0123456789abcdef".repeat(4);
        CliRun run = run("verify-package", "--expect", expected, zip.toString());
        assertEquals(3, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("验收资料包完好"), "the package itself is intact: " + run.out());
        assertTrue(run.out().contains("校验码不一致：企业提供的是 " + expected + "，这个文件的是 " + actual + "。"), run.out());
    }

    @Test
    void verifyOfAnAlteredPackageWithAFingerprintExitsThreeAndStillComparesIt() throws Exception {
        Path zip = export("验收资料包.zip");
        String original = PackageFingerprint.of(zip);
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, java.util.Arrays.copyOf(bytes, bytes.length - 10));
        CliRun run = run("verify-package", "--expect", original, zip.toString());
        assertEquals(3, run.code());
        assertTrue(run.out().contains("未通过校验"), run.out());
        assertTrue(run.out().contains("校验码不一致：企业提供的是 " + original), run.out());
    }

    @Test
    void verifyRefusesSomethingThatIsNoFingerprint() {
        Path zip = export("验收资料包.zip");
        CliRun run = run("verify-package", "--expect", "12345", zip.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("“12345”不是资料包校验码"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void verifyWithoutExpectKeepsItsExitCodes() throws Exception {
        Path zip = export("验收资料包.zip");
        assertEquals(0, run("verify-package", zip.toString()).code());
        Files.writeString(dir.resolve("不是包.zip"), "随便写的", StandardCharsets.UTF_8);
        assertEquals(3, run("verify-package", dir.resolve("不是包.zip").toString()).code());
        assertEquals(1, run("verify-package", dir.resolve("没有这个.zip").toString()).code());
    }
}
