package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.excel.workbook.RegisterFixtures;
import org.nineones.excel.workbook.RegisterWorkbookWriter;
import org.nineones.model.Messages;
import org.nineones.pack.Manifest;
import org.nineones.pack.PackageContent;
import org.nineones.pack.PackageFile;
import org.nineones.pack.PackageFingerprint;
import org.nineones.pack.PackageWriter;

class VerifyPackageCommandTest {

    @TempDir
    Path tempDir;

    private Path dir;
    private Path zip;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createDirectories(tempDir.resolve("张三的文件"));
        Path xlsx = dir.resolve("r.xlsx");
        new RegisterWorkbookWriter(new Messages(Locale.SIMPLIFIED_CHINESE)).write(RegisterFixtures.sample(), xlsx);
        Path pdf = Files.writeString(dir.resolve("c.pdf"), "%PDF-1.7 cards 370102********1234", StandardCharsets.UTF_8);
        zip = dir.resolve("验收资料包.zip");
        new PackageWriter().write(new PackageContent("滨州示例化工有限公司", RegisterFixtures.CREDIT_CODE,
                new Manifest.Counts(6, 5, 5, 8),
                List.of(new PackageFile("registers.xlsx", xlsx), new PackageFile("cards.pdf", pdf))), zip);
    }

    private int run(String... args) {
        Services services = new Services(new Settings(tempDir.resolve("settings")), new Messages(Locale.SIMPLIFIED_CHINESE));
        return NineonesCli.commandLine(services, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void intactPackageExitsZeroWithASummary() {
        assertEquals(0, run("verify-package", zip.toString()));
        String text = out.toString();
        assertTrue(text.contains("验收资料包完好"), text);
        assertTrue(text.contains("滨州示例化工有限公司") && text.contains(RegisterFixtures.CREDIT_CODE), text);
        assertTrue(text.contains("已核对 2 个文件") && text.contains("registers.xlsx, cards.pdf"), text);
        assertTrue(text.contains("资料包校验码（SHA-256）：" + PackageFingerprint.of(zip)), text);
        assertEquals("", err.toString());
    }

    @Test
    void alteredPackageExitsThreeNamingTheFile() throws Exception {
        byte[] bytes = Files.readAllBytes(zip);
        int at = indexOf(bytes, "cards 370102".getBytes(StandardCharsets.US_ASCII));
        bytes[at] = 'C';
        Files.write(zip, bytes);
        assertEquals(3, run("verify-package", zip.toString()));
        String text = out.toString();
        assertTrue(text.contains("未通过校验"), text);
        assertTrue(text.contains("cards.pdf：内容已被改动"), text);
        assertTrue(text.contains("共发现 1 处问题"), text);
    }

    @Test
    void truncatedPackageExitsThree() throws Exception {
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(3, run("verify-package", zip.toString()));
        assertTrue(out.toString().contains("压缩包不完整或已损坏"), out.toString());
    }

    @Test
    void fileThatIsNotAZipExitsThree() throws Exception {
        Path text = Files.writeString(dir.resolve("名单.zip"), "姓名,身份证号", StandardCharsets.UTF_8);
        assertEquals(3, run("verify-package", text.toString()));
        assertTrue(out.toString().contains("不是 zip 压缩包"), out.toString());
    }

    @Test
    void missingFileExitsOneWithOneSentence() {
        Path missing = dir.resolve("没有这个.zip");
        assertEquals(1, run("verify-package", missing.toString()));
        assertEquals("verify-package: 找不到文件“" + missing + "”，请检查路径。", err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void helpDescribesTheCommandAndItsExitCodes() {
        assertEquals(0, run("verify-package", "--help"));
        assertTrue(out.toString().contains("PACKAGE.zip") && out.toString().contains("Exit codes"), out.toString());
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
