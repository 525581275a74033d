package org.nineones.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The manifest states the local day; older manifests, with a time with or without an offset, or without counts of
 * records, still read.
 */
class ManifestTimeTest {

    @TempDir
    Path tempDir;

    /** Since issue 12 the manifest states the local day only: it is shown as it is. */
    @Test
    void writesTheLocalDayOfTheComputer() throws Exception {
        Path file = Files.writeString(tempDir.resolve("a.txt"), "内容", StandardCharsets.UTF_8);
        Clock beijing = Clock.fixed(Instant.parse("2026-12-06T09:20:00Z"), ZoneId.of("Asia/Shanghai"));
        Manifest manifest = new PackageWriter(beijing).write(new PackageContent("示范化工", "",
                new Manifest.Counts(1, 2, 3, 4, Map.of("letters", 3)), List.of(new PackageFile("a.txt", file))),
                tempDir.resolve("p.zip"));
        assertEquals("2026-12-06", manifest.createdAt());
        assertTrue(manifest.created().time().isEmpty(), "a day, not a moment");
        assertEquals("2026-12-06", manifest.created().display());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-11-20T08:00:00+08:00|2026-11-20T08:00|+08:00|2026-11-20 08:00:00（UTC+08:00）",
            "2026-11-20T08:00:00Z|2026-11-20T08:00|Z|2026-11-20 08:00:00（UTC+00:00）",
            "2026-11-20T08:00:00|2026-11-20T08:00||2026-11-20 08:00:00",
            "2026-11-20T08:00|2026-11-20T08:00||2026-11-20 08:00:00"})
    void readsTimesWithAndWithoutAnOffset(String text, String local, String offset, String shown) {
        CreatedAt at = CreatedAt.parse(text);
        assertEquals(LocalDateTime.parse(local), at.local());
        assertEquals(offset == null ? null : ZoneOffset.of(offset), at.offset());
        assertEquals(shown, at.display());
        assertEquals(offset != null, at.time().isPresent());
    }

    @Test
    void textThatIsNoTimeIsShownAsItIs() {
        CreatedAt at = CreatedAt.parse("上周五");
        assertNull(at.local());
        assertEquals("上周五", at.display());
    }

    @Test
    void anOlderPackageWithoutOffsetOrRecordCountsStillVerifies() throws Exception {
        byte[] content = "第一版的资料".getBytes(StandardCharsets.UTF_8);
        String sha = FileDigest.of(Files.write(tempDir.resolve("r.xlsx"), content)).sha256();
        String manifest = "{\"format\":\"nineones-acceptance-package\",\"formatVersion\":1,\"appVersion\":\"0.1.0\","
                + "\"enterprise\":{\"name\":\"滨州示例化工有限公司\",\"creditCode\":\"\"},"
                + "\"createdAt\":\"2026-11-20T08:00:00\","
                + "\"counts\":{\"orgUnits\":6,\"posts\":5,\"employees\":5,\"duties\":8},"
                + "\"files\":[{\"path\":\"registers.xlsx\",\"size\":" + content.length + ",\"sha256\":\"" + sha + "\"}]}";
        Path zip = tempDir.resolve("旧资料包.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            out.putNextEntry(new ZipEntry(Manifest.FILE_NAME));
            out.write(manifest.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("registers.xlsx"));
            out.write(content);
            out.closeEntry();
        }
        VerificationResult result = new PackageVerifier().verify(zip);
        assertTrue(result.intact(), result.problems().toString());
        assertEquals("2026-11-20T08:00:00", result.manifest().createdAt());
        assertNull(result.manifest().created().offset());
        assertEquals("2026-11-20 08:00:00", result.manifest().created().display());
        assertEquals(new Manifest.Counts(6, 5, 5, 8), result.manifest().counts());
        assertEquals(Map.of(), result.manifest().counts().records());
    }

    @Test
    void refusesCountsOfRecordsThatAreNotNumbers() throws Exception {
        String manifest = "{\"format\":\"nineones-acceptance-package\",\"formatVersion\":1,\"appVersion\":\"0.1.0\","
                + "\"enterprise\":{\"name\":\"x\",\"creditCode\":\"\"},\"createdAt\":\"2026-11-20T08:00:00+08:00\","
                + "\"counts\":{\"orgUnits\":6,\"posts\":5,\"employees\":5,\"duties\":8,\"records\":{\"letters\":\"多\"}},"
                + "\"files\":[]}";
        ManifestCodec.Rejected rejected = org.junit.jupiter.api.Assertions.assertThrows(ManifestCodec.Rejected.class,
                () -> new ManifestCodec().read(manifest.getBytes(StandardCharsets.UTF_8)));
        assertEquals(PackageProblem.Kind.FOREIGN_MANIFEST, rejected.problem().kind());
        assertEquals(List.of("counts.records.letters"), rejected.problem().args());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "9F2C1A3B 4D5E6F70|9f2c1a3b4d5e6f70",
            "9f2c-1a3b:4d5e　6f70|9f2c1a3b4d5e6f70",
            "９ｆ２ｃ|9f2c"})
    void normalisesATypedFingerprint(String typed, String normalised) {
        assertEquals(normalised, PackageFingerprint.normalise(typed));
    }
}
