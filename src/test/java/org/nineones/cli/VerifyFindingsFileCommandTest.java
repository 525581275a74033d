package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.service.inspection.FindingsFile;

/** {@code verify-package} on the inspector's findings file (检查发现问题清单): says which kind it is, refuses an altered one. */
class VerifyFindingsFileCommandTest {

    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final String PACKAGE_FINGERPRINT = "5e".repeat(32);

    @TempDir
    static Path dir;

    private static FindingsFile.Written written;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void writeOnce() {
        FindingsFile.Content content = new FindingsFile.Content("7c9e6679-7425-40de-944b-e07fc1f90ae7",
                "滨州示例化工有限公司", "91371600MA3C7E2X1C", PACKAGE_FINGERPRINT, "九个一验收标准（默认）", "2026.1",
                "王检查", LocalDate.of(2026, 12, 7), new BigDecimal("91.0"), Conclusion.PASS,
                List.of(new InspectionFinding("7c9e6679-0000-4000-8000-000000000001", "3.1",
                        InspectionFinding.Source.DEDUCTION, "仓库风险告知卡未张贴", "张贴并拍照报送",
                        LocalDate.of(2027, 1, 10), "李安全", "王检查", "2026-12-07 10:00:00")), null);
        written = new FindingsFile(ZH).write(content, dir.resolve("检查发现问题清单.zip"));
    }

    private int run(String... args) {
        Services services = new Services(new Settings(dir.resolve("settings")), ZH);
        return NineonesCli.commandLine(services, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void anIntactFindingsFileSaysWhatItIs() {
        assertEquals(0, run("verify-package", written.file().toString()));
        String text = out.toString();
        assertTrue(text.contains("检查发现问题清单完好：" + written.file().toAbsolutePath()), text);
        assertTrue(text.contains("验收检查 7c9e6679-7425-40de-944b-e07fc1f90ae7：2026-12-07，检查人员 王检查，得分 91.0，"
                + "结论 通过，发现问题 1 个"), text);
        assertTrue(text.contains("验收标准：九个一验收标准（默认）（版本 2026.1）"), text);
        assertTrue(text.contains("所检查的验收资料包校验码（SHA-256）：" + PACKAGE_FINGERPRINT), text);
        assertTrue(text.contains("已核对 2 个文件，均与清单一致：findings.json, findings.xlsx"), text);
        assertTrue(text.contains("检查发现问题清单校验码（SHA-256）：" + written.fingerprint()), text);
        assertTrue(!text.contains("验收资料包完好"), text);
        assertEquals("", err.toString());
    }

    @Test
    void anAlteredFindingsFileIsRefusedNamingTheFile() throws Exception {
        byte[] bytes = Files.readAllBytes(written.file());
        byte[] part = "仓库".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, part);
        bytes[at + 2] ^= 1;
        Path altered = dir.resolve("改过的清单.zip");
        Files.write(altered, bytes);
        assertEquals(3, run("verify-package", altered.toString(), "--expect", written.fingerprint()));
        String text = out.toString();
        assertTrue(text.contains("检查发现问题清单未通过校验：" + altered.toAbsolutePath()), text);
        assertTrue(text.contains("findings.json：内容已被改动"), text);
        assertTrue(text.contains("共发现 1 处问题。请向检查人员重新索取原始的检查发现问题清单。"), text);
        assertTrue(text.contains("校验码不一致"), text);
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
