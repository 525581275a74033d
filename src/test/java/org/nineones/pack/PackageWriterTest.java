package org.nineones.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.excel.workbook.UnmaskedIds;
import org.nineones.model.AppVersion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class PackageWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:05:07Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tempDir;

    private PackageContent content;
    private Path zip;

    @BeforeEach
    void setUp() throws Exception {
        content = PackageFixtures.content(tempDir.resolve("parts"));
        zip = tempDir.resolve("张三的文件").resolve("验收资料包.zip");
    }

    @Test
    void writesManifestWithVersionEnterpriseTimeCountsAndFileHashes() throws Exception {
        Manifest manifest = new PackageWriter(CLOCK).write(content, zip);
        JsonNode json = new ObjectMapper().readTree(PackageFixtures.entry(zip, "manifest.json"));
        assertEquals(Manifest.FORMAT, json.get("format").asText());
        assertEquals(1, json.get("formatVersion").asInt());
        assertEquals(AppVersion.get(), json.get("appVersion").asText());
        assertEquals("滨州示例化工有限公司", json.get("enterprise").get("name").asText());
        assertEquals("91371600MA3C7E2X1C", json.get("enterprise").get("creditCode").asText());
        assertEquals("2026-11-23", json.get("createdAt").asText(), "the local day, not the time");
        assertEquals("2026-11-23", manifest.createdAt());
        assertEquals(6, json.get("counts").get("orgUnits").asInt());
        assertEquals(5, json.get("counts").get("posts").asInt());
        assertEquals(5, json.get("counts").get("employees").asInt());
        assertEquals(8, json.get("counts").get("duties").asInt());
        JsonNode files = json.get("files");
        assertEquals(2, files.size());
        for (int i = 0; i < 2; i++) {
            PackageFile part = content.files().get(i);
            assertEquals(part.path(), files.get(i).get("path").asText());
            assertEquals(Files.size(part.source()), files.get(i).get("size").asLong());
            assertEquals(sha256(Files.readAllBytes(part.source())), files.get(i).get("sha256").asText());
        }
    }

    /** The day is the local one (Beijing's 2026-11-24 07:05 is still the 23rd in UTC); the same day, the same bytes. */
    @Test
    void statesTheLocalDayAndGivesTheSameBytesAllDay() throws Exception {
        Clock utc = Clock.fixed(Instant.parse("2026-11-23T23:05:07Z"), ZoneId.of("UTC"));
        assertEquals("2026-11-23", new PackageWriter(utc).write(content, zip).createdAt());
        Clock beijing = Clock.fixed(Instant.parse("2026-11-23T23:05:07Z"), ZoneId.of("Asia/Shanghai"));
        assertEquals("2026-11-24", new PackageWriter(beijing).write(content, zip).createdAt());
        byte[] morning = Files.readAllBytes(zip);
        Path evening = zip.resolveSibling("evening.zip");
        new PackageWriter(Clock.fixed(Instant.parse("2026-11-24T12:59:58Z"), ZoneId.of("Asia/Shanghai")))
                .write(content, evening);
        org.junit.jupiter.api.Assertions.assertArrayEquals(morning, Files.readAllBytes(evening));
    }

    @Test
    void putsManifestFirstWithPlainAsciiNamesAndTheUtf8Flag() throws Exception {
        new PackageWriter(CLOCK).write(content, zip);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertEquals(List.of("manifest.json", "registers.xlsx", "cards.pdf"), names);
        byte[] bytes = Files.readAllBytes(zip);
        assertEquals(0x04034b50, le32(bytes, 0), "a local file header first");
        assertTrue((le16(bytes, 6) & 0x0800) != 0, "general purpose flag bit 11 (UTF-8 names) is set");
    }

    @Test
    void copiesEveryFileUnchanged() throws Exception {
        new PackageWriter(CLOCK).write(content, zip);
        for (PackageFile part : content.files()) {
            assertArrayEquals(Files.readAllBytes(part.source()), PackageFixtures.entry(zip, part.path()));
        }
    }

    @Test
    void noFileOfThePackageHoldsAnUnmaskedIdNumber() throws Exception {
        new PackageWriter(CLOCK).write(content, zip);
        String manifest = new String(PackageFixtures.entry(zip, "manifest.json"), StandardCharsets.UTF_8);
        String workbook;
        try (InputStream in = new ByteArrayInputStream(PackageFixtures.entry(zip, "registers.xlsx"))) {
            workbook = UnmaskedIds.workbookText(in);
        }
        String cards;
        try (PDDocument pdf = Loader.loadPDF(PackageFixtures.entry(zip, "cards.pdf"))) {
            cards = new PDFTextStripper().getText(pdf);
        }
        assertTrue(workbook.contains("李四") && cards.contains("370102********1234"));
        assertEquals(List.of(), UnmaskedIds.in(manifest));
        assertEquals(List.of(), UnmaskedIds.in(workbook));
        assertEquals(List.of(), UnmaskedIds.in(cards));
    }

    @Test
    void replacesAnOlderPackageAndLeavesNoTempFile() throws Exception {
        Files.createDirectories(zip.getParent());
        Files.writeString(zip, "an older package", StandardCharsets.UTF_8);
        new PackageWriter(CLOCK).write(content, zip);
        assertTrue(new PackageVerifier().verify(zip).intact());
        try (Stream<Path> files = Files.list(zip.getParent())) {
            assertEquals(List.of("验收资料包.zip"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void unreadablePartLeavesAnOlderPackageAsItWas() throws Exception {
        Files.createDirectories(zip.getParent());
        Files.writeString(zip, "an older package", StandardCharsets.UTF_8);
        PackageContent broken = new PackageContent(content.enterpriseName(), content.creditCode(), content.counts(),
                List.of(new PackageFile("cards.pdf", tempDir.resolve("no-such.pdf"))));
        PackageException e = assertThrows(PackageException.class, () -> new PackageWriter(CLOCK).write(broken, zip));
        assertEquals(PackageException.Reason.UNREADABLE, e.reason());
        assertEquals("an older package", Files.readString(zip, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(zip.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void refusesAFolderAsTarget() throws Exception {
        Files.createDirectories(zip);
        assertEquals(org.nineones.model.OutputRefusedException.Reason.FOLDER,
                assertThrows(org.nineones.model.OutputRefusedException.class,
                        () -> new PackageWriter(CLOCK).write(content, zip)).reason());
    }

    @Test
    void refusesEntryPathsThatAreNotPlainRelativeAscii() {
        Path any = tempDir.resolve("x");
        for (String bad : List.of("../x.pdf", "/abs.pdf", "a\\b.pdf", "C:x.pdf", "卡片.pdf", "manifest.json", "a/./b", "")) {
            assertThrows(IllegalArgumentException.class, () -> new PackageFile(bad, any), bad);
        }
        assertFalse(EntryNames.isSafe("a/../../b"));
        assertTrue(EntryNames.isSafe("attachments/photo-1.jpg"));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int le32(byte[] b, int at) {
        return le16(b, at) | le16(b, at + 2) << 16;
    }
}
