package org.nineones.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Messages;
import org.nineones.pack.PackageProblem.Kind;

class PackageVerifierTest {

    @TempDir
    Path tempDir;

    private Path dir;
    private Path zip;
    private final PackageVerifier verifier = new PackageVerifier();

    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createDirectories(tempDir.resolve("张三的文件"));
        zip = dir.resolve("验收资料包.zip");
        new PackageWriter().write(PackageFixtures.content(tempDir.resolve("parts")), zip);
    }

    private Path tampered(String name) {
        return dir.resolve(name);
    }

    private static List<Kind> kinds(VerificationResult result) {
        return result.problems().stream().map(PackageProblem::kind).toList();
    }

    @Test
    void intactPackageIsOk() {
        VerificationResult result = verifier.verify(zip);
        assertTrue(result.intact(), result.problems().toString());
        assertEquals(List.of("registers.xlsx", "cards.pdf"), result.checked());
        assertEquals("滨州示例化工有限公司", result.manifest().enterprise().name());
    }

    @Test
    void oneChangedByteNamesTheAlteredFile() throws Exception {
        byte[] pdf = PackageFixtures.entry(zip, "cards.pdf");
        pdf[pdf.length / 2] ^= 1;
        Path altered = PackageFixtures.rewrite(zip, tampered("altered.zip"), Map.of("cards.pdf", pdf), Set.of(), Map.of());
        VerificationResult result = verifier.verify(altered);
        assertFalse(result.intact());
        assertEquals(List.of("cards.pdf"), result.altered());
        assertEquals(List.of(Kind.ALTERED_CONTENT), kinds(result));
        assertEquals(List.of("registers.xlsx"), result.checked());
    }

    @Test
    void aFileOfAnotherSizeIsAlteredWithBothSizes() throws Exception {
        byte[] pdf = PackageFixtures.entry(zip, "cards.pdf");
        byte[] longer = Arrays.copyOf(pdf, pdf.length + 1);
        Path altered = PackageFixtures.rewrite(zip, tampered("longer.zip"), Map.of("cards.pdf", longer), Set.of(), Map.of());
        PackageProblem problem = verifier.verify(altered).problems().get(0);
        assertEquals(Kind.ALTERED_SIZE, problem.kind());
        assertEquals(List.of(String.valueOf(pdf.length), String.valueOf(pdf.length + 1)), problem.args());
        assertEquals("cards.pdf：已被改动（大小应为 " + pdf.length + " 字节，实际 " + (pdf.length + 1) + " 字节）。",
                problem.describe(new Messages(Locale.SIMPLIFIED_CHINESE)));
    }

    @Test
    void aRemovedFileIsMissing() throws Exception {
        Path removed = PackageFixtures.rewrite(zip, tampered("removed.zip"), Map.of(), Set.of("registers.xlsx"), Map.of());
        VerificationResult result = verifier.verify(removed);
        assertEquals(List.of("registers.xlsx"), result.missing());
        assertEquals(List.of(Kind.MISSING), kinds(result));
    }

    @Test
    void anAddedFileIsExtra() throws Exception {
        Path added = PackageFixtures.rewrite(zip, tampered("added.zip"), Map.of(), Set.of(),
                Map.of("补充说明.txt", "后加的".getBytes(StandardCharsets.UTF_8)));
        VerificationResult result = verifier.verify(added);
        assertEquals(List.of("补充说明.txt"), result.extra());
        assertEquals(List.of(Kind.EXTRA), kinds(result));
    }

    @Test
    void aTruncatedZipIsDamaged() throws Exception {
        byte[] bytes = Files.readAllBytes(zip);
        // cut anywhere: inside the manifest, inside the stored workbook (itself a zip), inside the end record
        for (int keep : new int[] {40, bytes.length / 5, bytes.length / 2, bytes.length * 6 / 10, bytes.length - 30,
                bytes.length - 10, bytes.length - 1}) {
            Path cut = Files.write(tampered("cut-" + keep + ".zip"), Arrays.copyOf(bytes, keep));
            VerificationResult result = verifier.verify(cut);
            assertEquals(List.of(Kind.DAMAGED), kinds(result), "kept " + keep + " of " + bytes.length);
            assertFalse(result.intact());
        }
    }

    @Test
    void aZipWithoutManifestIsNotOurs() throws Exception {
        Path plain = PackageFixtures.rewrite(zip, tampered("plain.zip"), Map.of(), Set.of("manifest.json"), Map.of());
        VerificationResult result = verifier.verify(plain);
        assertEquals(List.of(Kind.NO_MANIFEST), kinds(result));
        assertNull(result.manifest());
    }

    @Test
    void aManifestOfAnotherShapeIsForeign() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("manifest.json", "{\"name\":\"别的软件\",\"version\":3,\"entries\":[\"a.txt\"]}".getBytes(StandardCharsets.UTF_8));
        entries.put("a.txt", "x".getBytes(StandardCharsets.UTF_8));
        VerificationResult result = verifier.verify(PackageFixtures.zip(tampered("foreign.zip"), entries));
        assertEquals(List.of(Kind.FOREIGN_MANIFEST), kinds(result));
        assertFalse(result.intact());
    }

    @Test
    void aManifestThatIsNotJsonIsForeign() throws Exception {
        Path broken = PackageFixtures.rewrite(zip, tampered("notjson.zip"),
                Map.of("manifest.json", "<xml/>".getBytes(StandardCharsets.UTF_8)), Set.of(), Map.of());
        assertEquals(List.of(Kind.FOREIGN_MANIFEST), kinds(verifier.verify(broken)));
    }

    @Test
    void aManifestFromANewerFormatAsksForAnUpgrade() throws Exception {
        String json = new String(PackageFixtures.entry(zip, "manifest.json"), StandardCharsets.UTF_8)
                .replace("\"formatVersion\" : 1", "\"formatVersion\" : 7");
        Path newer = PackageFixtures.rewrite(zip, tampered("newer.zip"),
                Map.of("manifest.json", json.getBytes(StandardCharsets.UTF_8)), Set.of(), Map.of());
        VerificationResult result = verifier.verify(newer);
        assertEquals(List.of(Kind.NEWER_FORMAT), kinds(result));
        assertEquals(List.of("7"), result.problems().get(0).args());
    }

    @Test
    void aFileThatIsNotAZipIsSaidSo() throws Exception {
        Path text = Files.writeString(tampered("说明.zip"), "这不是压缩包", StandardCharsets.UTF_8);
        assertEquals(List.of(Kind.NOT_A_ZIP), kinds(verifier.verify(text)));
        Path empty = Files.write(tampered("empty.zip"), new byte[0]);
        assertEquals(List.of(Kind.NOT_A_ZIP), kinds(verifier.verify(empty)));
    }

    @Test
    void aPathTraversalEntryIsUnsafe() throws Exception {
        Path evil = PackageFixtures.rewrite(zip, tampered("evil.zip"), Map.of(), Set.of(),
                Map.of("../../evil.bat", "echo".getBytes(StandardCharsets.US_ASCII)));
        VerificationResult result = verifier.verify(evil);
        assertEquals(List.of(Kind.UNSAFE_PATH), kinds(result));
        assertEquals("../../evil.bat", result.problems().get(0).path());
        assertEquals(List.of(), result.extra());
    }

    @Test
    void aDuplicateEntryIsNamed() throws Exception {
        Path twice = PackageFixtures.rewrite(zip, tampered("twice.zip"), Map.of(), Set.of(),
                Map.of("cards.pdX", "a second cards file".getBytes(StandardCharsets.US_ASCII)));
        byte[] bytes = Files.readAllBytes(twice);
        replaceAll(bytes, "cards.pdX".getBytes(StandardCharsets.US_ASCII), "cards.pdf".getBytes(StandardCharsets.US_ASCII));
        Files.write(twice, bytes);
        VerificationResult result = verifier.verify(twice);
        assertTrue(result.has(Kind.DUPLICATE_ENTRY), result.problems().toString());
        PackageProblem duplicate = result.problems().stream().filter(p -> p.kind() == Kind.DUPLICATE_ENTRY).findFirst().orElseThrow();
        assertEquals("cards.pdf", duplicate.path());
        assertEquals(List.of("2"), duplicate.args());
        assertFalse(result.intact());
    }

    @Test
    void aMissingFileOrAFolderCannotBeVerified() throws Exception {
        assertEquals(PackageException.Reason.NOT_FOUND,
                assertThrows(PackageException.class, () -> verifier.verify(dir.resolve("没有这个.zip"))).reason());
        assertEquals(PackageException.Reason.IS_FOLDER,
                assertThrows(PackageException.class, () -> verifier.verify(dir)).reason());
    }

    private static void replaceAll(byte[] bytes, byte[] from, byte[] to) {
        for (int i = 0; i + from.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, bytes, i, to.length);
            }
        }
    }
}
