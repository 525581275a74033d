package org.nineones.service.inspection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Messages;
import org.nineones.model.OutputRefusedException;
import org.nineones.model.Sha256;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.pack.Manifest;
import org.nineones.pack.PackageContent;
import org.nineones.pack.PackageFile;
import org.nineones.pack.PackageFingerprint;
import org.nineones.pack.PackageWriter;
import org.nineones.store.InspectionFile;

/**
 * The findings file (issue 13, point 7): written with its manifest, read back, the same bytes twice, refused when
 * altered, and the refusals before anything is written.
 */
class FindingsFileTest {

    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final String PACKAGE_FINGERPRINT = "3f".repeat(32);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final byte[] OPINION = "%PDF-1.7 验收意见书".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path dir;

    private static FindingsFile.Content content;
    private static FindingsFile.Written written;

    private static InspectionFinding finding(String uid, String line, InspectionFinding.Source source, String seen,
                                             LocalDate deadline) {
        return new InspectionFinding(uid, line, source, seen, "按规定整改并报送整改材料", deadline, "李安全",
                "王检查", "2026-12-07 10:15:00");
    }

    static FindingsFile.Content content(List<InspectionFinding> findings, byte[] opinion) {
        Inspection inspection = new Inspection(1L, "0f8fad5b-d9cb-469f-a165-70867728950e", "滨州示例化工有限公司",
                "91371600MA3C7E2X1C", "滨城区", "化工", "验收资料包.zip", 123_456L, PACKAGE_FINGERPRINT,
                "2026-12-06", "0.1.0", "standard", null, "王检查", "2026-12-07 09:00:00");
        ChecklistScore review = new ChecklistScore("九个一验收标准（默认）", "2026.1", List.of(), new BigDecimal("78.5"),
                BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("78.5"), Conclusion.RECTIFY,
                Conclusion.RECTIFY, List.of());
        return FindingsFile.Content.of(inspection, review, "王检查、赵检查", DAY, findings, opinion);
    }

    @BeforeAll
    static void writeOnce() {
        content = content(List.of(
                finding("a1b2c3d4-0000-4000-8000-000000000001", "1.1", InspectionFinding.Source.DEDUCTION,
                        "3 个岗位没有岗位责任清单", LocalDate.of(2027, 1, 31)),
                finding("a1b2c3d4-0000-4000-8000-000000000002", "1.2", InspectionFinding.Source.VETO,
                        "主要负责人责任清单缺少第 21 条第（五）项", LocalDate.of(2027, 1, 15)),
                finding("a1b2c3d4-0000-4000-8000-000000000003", "", InspectionFinding.Source.MANUAL,
                        "配电室灭火器过期", LocalDate.of(2026, 12, 20))), OPINION);
        written = new FindingsFile(ZH).write(content, dir.resolve("检查发现问题清单.zip"));
    }

    @Test
    void holdsItsManifestFirstThenTheFindingsWithTheirHashes() throws Exception {
        Manifest manifest = written.manifest();
        assertTrue(manifest.findingsFile());
        assertEquals(Manifest.FINDINGS_FORMAT, manifest.format());
        assertEquals("2026-12-07", manifest.createdAt());
        assertEquals("滨州示例化工有限公司", manifest.enterprise().name());
        assertEquals(new Manifest.FindingsRef(PACKAGE_FINGERPRINT, new Manifest.TemplateRef("九个一验收标准（默认）", "2026.1"),
                new Manifest.InspectionRef("0f8fad5b-d9cb-469f-a165-70867728950e", "王检查、赵检查", "2026-12-07",
                        new BigDecimal("78.5"), "RECTIFY"), 3), manifest.findings());
        assertEquals(PackageFingerprint.of(written.file()), written.fingerprint());
        try (ZipFile zip = new ZipFile(written.file().toFile(), StandardCharsets.UTF_8)) {
            List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            assertEquals(List.of("manifest.json", "findings.json", "findings.xlsx", "opinion.pdf"), names);
            for (Manifest.FileEntry f : manifest.files()) {
                byte[] bytes = bytes(zip, f.path());
                assertEquals(f.size(), bytes.length, f.path());
                assertEquals(Sha256.hex(bytes), f.sha256(), f.path());
            }
            assertArrayEquals(OPINION, bytes(zip, "opinion.pdf"));
            String manifestJson = new String(bytes(zip, "manifest.json"), StandardCharsets.UTF_8);
            assertTrue(manifestJson.contains("\"format\" : \"nineones-findings\""), manifestJson);
            assertTrue(manifestJson.contains("\"packageFingerprint\" : \"" + PACKAGE_FINGERPRINT + "\""), manifestJson);
            assertFalse(manifestJson.contains("\"counts\""), manifestJson);
            String json = new String(bytes(zip, "findings.json"), StandardCharsets.UTF_8);
            assertTrue(json.contains("\"deadline\" : \"2027-01-31\"") && json.contains("\"source\" : \"VETO\""), json);
        }
    }

    @Test
    void readsBackWhatWasWritten() {
        FindingsFile.Content read = new FindingsFile(ZH).read(written.file());
        assertEquals(content, read);
        assertEquals(3, read.findings().size());
        assertEquals("主要负责人责任清单缺少第 21 条第（五）项", read.findings().get(1).seen());
        assertArrayEquals(OPINION, read.opinion().orElseThrow());
        assertEquals(Conclusion.RECTIFY, read.conclusion());
    }

    @Test
    void aFileWithoutTheOpinionReadsBackWithout() {
        FindingsFile.Content without = content(content.findings(), null);
        Path file = new FindingsFile(ZH).write(without, dir.resolve("无意见书.zip")).file();
        FindingsFile.Content read = new FindingsFile(ZH).read(file);
        assertEquals(without, read);
        assertTrue(read.opinion().isEmpty());
    }

    @Test
    void theWorkbookListsEveryFindingForPeople() throws Exception {
        try (ZipFile zip = new ZipFile(written.file().toFile(), StandardCharsets.UTF_8);
             XSSFWorkbook book = new XSSFWorkbook(zip.getInputStream(zip.getEntry("findings.xlsx")))) {
            Sheet sheet = book.getSheet("发现问题");
            String title = sheet.getRow(0).getCell(0).getStringCellValue();
            assertTrue(title.contains("滨州示例化工有限公司") && title.contains("2026-12-07") && title.contains("78.5")
                    && title.contains("限期整改") && title.contains("王检查、赵检查") && title.contains("2026.1"), title);
            List<String> head = new ArrayList<>();
            sheet.getRow(1).forEach(c -> head.add(c.getStringCellValue()));
            assertEquals(List.of("问题编号", "检查表条目", "来源", "发现的问题", "整改要求", "整改期限", "企业责任人"), head);
            assertEquals(4, sheet.getLastRowNum());
            Row veto = sheet.getRow(3);
            assertEquals("a1b2c3d4-0000-4000-8000-000000000002", veto.getCell(0).getStringCellValue());
            assertEquals("1.2", veto.getCell(1).getStringCellValue());
            assertEquals("否决项", veto.getCell(2).getStringCellValue());
            assertEquals("主要负责人责任清单缺少第 21 条第（五）项", veto.getCell(3).getStringCellValue());
            assertEquals("按规定整改并报送整改材料", veto.getCell(4).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(veto.getCell(5)));
            assertEquals(LocalDate.of(2027, 1, 15), veto.getCell(5).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("李安全", veto.getCell(6).getStringCellValue());
            assertEquals("检查人员添加", sheet.getRow(4).getCell(2).getStringCellValue());
        }
    }

    @Test
    void theSameContentGivesTheSameBytes() throws Exception {
        FindingsFile.Written again = new FindingsFile(ZH).write(content, dir.resolve("again").resolve("清单.zip"));
        assertEquals(-1, Files.mismatch(written.file(), again.file()));
        assertEquals(written.fingerprint(), again.fingerprint());
    }

    @Test
    void anAlteredFileIsRefusedNamingTheFile() throws Exception {
        Path copy = dir.resolve("altered.zip");
        byte[] bytes = Files.readAllBytes(written.file());
        byte[] seen = "\"seen\" : \"3".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, seen) + seen.length - 1;
        bytes[at] = '4';
        Files.write(copy, bytes);
        InspectionException e = assertThrows(InspectionException.class, () -> new FindingsFile(ZH).read(copy));
        assertEquals(InspectionException.Reason.ALTERED, e.reason());
        assertTrue(e.getMessage().startsWith("检查发现问题清单“altered.zip”未通过校验")
                && e.getMessage().contains("findings.json：内容已被改动"), e.getMessage());
    }

    @Test
    void aFindingWithoutDeadlineIsRefusedAndNothingWritten() {
        Path out = dir.resolve("no-deadline.zip");
        FindingsFile.Content missing = content(List.of(finding("a1b2c3d4-0000-4000-8000-000000000009", "5.2",
                InspectionFinding.Source.DEDUCTION, "培训记录缺签到表", null)), null);
        InspectionException e = assertThrows(InspectionException.class,
                () -> new FindingsFile(ZH).write(missing, out));
        assertEquals(InspectionException.Reason.BAD_INPUT, e.reason());
        assertEquals("问题“5.2：培训记录缺签到表”没有整改期限，未写出检查发现问题清单。请给每个问题定一个整改期限后再导出。",
                e.userMessage(ZH));
        assertFalse(Files.exists(out));
    }

    @Test
    void neverWritesOverThePackageNorTheInspectionFile() throws Exception {
        Path part = Files.writeString(dir.resolve("part.txt"), "记录", StandardCharsets.UTF_8);
        Path pack = dir.resolve("验收资料包.zip");
        new PackageWriter().write(new PackageContent("滨州示例化工有限公司", "91371600MA3C7E2X1C",
                new Manifest.Counts(1, 1, 1, 1), List.of(new PackageFile("records.txt", part))), pack);
        byte[] before = Files.readAllBytes(pack);
        OutputRefusedException onPackage = assertThrows(OutputRefusedException.class,
                () -> new FindingsFile(ZH).write(content, pack, pack));
        assertEquals(OutputRefusedException.Reason.INPUT, onPackage.reason());
        assertTrue(onPackage.userMessage(ZH).contains("正是这次要读取的文件"), onPackage.userMessage(ZH));
        assertArrayEquals(before, Files.readAllBytes(pack));

        Path inspections = dir.resolve("检查档案" + InspectionFile.EXTENSION);
        InspectionFile.create(inspections, "第一检查组").close();
        byte[] file = Files.readAllBytes(inspections);
        OutputRefusedException onFile = assertThrows(OutputRefusedException.class,
                () -> new FindingsFile(ZH).write(content, inspections, pack));
        assertEquals(OutputRefusedException.Reason.WORKSPACE, onFile.reason());
        assertArrayEquals(file, Files.readAllBytes(inspections));

        InspectionException notFindings = assertThrows(InspectionException.class, () -> new FindingsFile(ZH).read(pack));
        assertEquals(InspectionException.Reason.NOT_A_PACKAGE, notFindings.reason());
        assertEquals("“验收资料包.zip”是企业的验收资料包，不是检查发现问题清单。请选择检查人员交来的检查发现问题清单（.zip）。",
                notFindings.getMessage());
    }

    @Test
    void theInspectorCannotOpenAFindingsFileAsAPackage() {
        InspectionException e = assertThrows(InspectionException.class,
                () -> PackageGate.intact(new org.nineones.pack.PackageVerifier().verify(written.file()),
                        written.file(), ZH));
        assertEquals(InspectionException.Reason.NOT_A_PACKAGE, e.reason());
        assertTrue(e.getMessage().contains("是检查人员的检查发现问题清单，不是企业的验收资料包"), e.getMessage());
    }

    private static byte[] bytes(ZipFile zip, String name) throws Exception {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
