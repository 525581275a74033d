package org.nineones.service.inspection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.model.inspection.Inspection;
import org.nineones.pack.Manifest;
import org.nineones.service.Progress;
import org.nineones.store.InspectionFile;
import org.nineones.store.InspectionRepository;

/** Opening an enterprise's package in an inspection file: verified first, copied once, the package only read. */
class InspectionServiceTest {

    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    static Path dir;
    private static Services services;
    private static Path zip;
    private static String fingerprint;
    private static Manifest manifest;

    @BeforeAll
    static void samplePackage() {
        services = new Services(new Settings(dir.resolve("home")), ZH);
        SamplePackage sample = SamplePackage.get();
        zip = sample.zip();
        fingerprint = sample.fingerprint();
        manifest = sample.manifest();
    }

    @Test
    void aVerifiedPackageIsCopiedInOnceWithItsFingerprintAndLeftAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(zip);
        Path file = dir.resolve("opened" + InspectionFile.EXTENSION);
        try (InspectionFile f = services.inspections().create(file, "第一检查组")) {
            InspectionService.Opened opened = services.inspections().openPackage(f, zip, fingerprint.toUpperCase(),
                    Progress.NONE);
            assertFalse(opened.again());
            Inspection i = opened.inspection();
            assertEquals("滨州示例化工有限公司", i.enterpriseName());
            assertEquals(fingerprint, i.packageFingerprint());
            assertEquals(fingerprint, i.typedFingerprint(), "typed from the cover letter, and it matched");
            assertEquals("化工", i.industry());
            assertFalse(i.county().isBlank());
            assertEquals(Files.size(zip), i.packageSize());
            assertEquals("standard", i.edition());
            assertEquals(36, i.uid().length());

            Map<String, InspectionRepository.Part> parts = f.read(r -> r.parts(i.id())).stream()
                    .collect(Collectors.toMap(InspectionRepository.Part::path, p -> p));
            // what the inspection reads, as far as this package has it (the sample has signed no self-assessment)
            Set<String> expected = new java.util.TreeSet<>(Set.of("manifest.json"));
            manifest.files().stream().map(Manifest.FileEntry::path)
                    .filter(p -> InspectionService.PARTS.contains(p) || p.startsWith("duty-records/"))
                    .forEach(expected::add);
            assertTrue(expected.containsAll(Set.of("records.json", "checklist.json", "duty-records.json")), expected.toString());
            assertTrue(expected.stream().anyMatch(p -> p.startsWith("duty-records/")), "the records' files");
            assertEquals(expected, new java.util.TreeSet<>(parts.keySet()));
            assertFalse(parts.keySet().stream().anyMatch(p -> p.endsWith(".xlsx")), "registers are not copied");
            for (Manifest.FileEntry entry : manifest.files()) {
                if (parts.containsKey(entry.path())) {
                    assertEquals(entry.sha256(), parts.get(entry.path()).sha256(), entry.path());
                }
            }
            try (FileSystem z = FileSystems.newFileSystem(zip)) {
                for (String path : List.of("records.json", Manifest.FILE_NAME)) {
                    assertArrayEquals(Files.readAllBytes(z.getPath(path)),
                            f.read(r -> r.content(i.id(), path).orElseThrow()), path);
                }
            }

            try (var fromFile = services.inspections().records(f, i);
                 var fromZip = new org.nineones.service.acceptance.RecomputedRecords(ZH).open(zip)) {
                List<Employee> packaged = fromZip.workspace().read(store -> store.employees().all());
                List<Employee> kept = fromFile.workspace().read(store -> store.employees().all());
                assertEquals(packaged, kept, "the people as the package has them");
                assertTrue(kept.size() > 100, "the sample's people: " + kept.size());
            }

            InspectionService.Opened again = services.inspections().openPackage(f, zip, null, Progress.NONE);
            assertTrue(again.again());
            assertEquals(i, again.inspection());
            assertEquals(1, f.read(InspectionRepository::all).size());
        }
        assertArrayEquals(before, Files.readAllBytes(zip), "the package is only read");
    }

    @Test
    void anAlteredPackageOrAnotherFingerprintIsRefusedAndNothingWritten() throws Exception {
        Path altered = dir.resolve("改过的.zip");
        Files.copy(zip, altered);
        try (FileSystem z = FileSystems.newFileSystem(URI.create("jar:" + altered.toUri()), Map.of())) {
            try (OutputStream out = Files.newOutputStream(z.getPath("checklist.json"))) {
                out.write("{}".getBytes(StandardCharsets.UTF_8));
            }
        }
        try (InspectionFile f = services.inspections().create(dir.resolve("refused" + InspectionFile.EXTENSION), "")) {
            InspectionException alteredRefusal = assertThrows(InspectionException.class,
                    () -> services.inspections().openPackage(f, altered, null, Progress.NONE));
            assertEquals(InspectionException.Reason.ALTERED, alteredRefusal.reason());
            assertTrue(alteredRefusal.getMessage().contains("checklist.json"), alteredRefusal.getMessage());

            InspectionException other = assertThrows(InspectionException.class,
                    () -> services.inspections().openPackage(f, zip, "0".repeat(64), Progress.NONE));
            assertEquals(InspectionException.Reason.FINGERPRINT_DIFFERS, other.reason());
            assertTrue(other.getMessage().contains(fingerprint), other.getMessage());

            Path text = Files.writeString(dir.resolve("说明.zip"), "not a zip");
            assertEquals(InspectionException.Reason.NOT_A_PACKAGE, assertThrows(InspectionException.class,
                    () -> services.inspections().openPackage(f, text, null, Progress.NONE)).reason());

            assertEquals(List.of(), f.read(InspectionRepository::all));
        }
    }

    @Test
    void recordsChangedInTheInspectionFileAreNotTrusted() throws Exception {
        Path file = dir.resolve("changed" + InspectionFile.EXTENSION);
        Inspection i;
        try (InspectionFile f = services.inspections().create(file, "")) {
            i = services.inspections().openPackage(f, zip, null, Progress.NONE).inspection();
        }
        // what someone with an SQLite tool could do: lift the guard and change the copied records
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER inspection_part_final");
            st.execute("UPDATE inspection_part SET content = CAST('{}' AS BLOB) WHERE path = 'records.json'");
        }
        try (InspectionFile f = services.inspections().open(file)) {
            InspectionException refused = assertThrows(InspectionException.class,
                    () -> services.inspections().records(f, i));
            assertEquals(InspectionException.Reason.ALTERED, refused.reason());
            assertTrue(refused.getMessage().contains("已不可信"), refused.getMessage());
        }
    }

    @Test
    void aPackageFromANewerVersionATruncatedOneAndAForeignZipAreRefusedEachWithItsSentence() throws Exception {
        Path newer = dir.resolve("新版本导出.zip");
        Files.copy(zip, newer);
        try (FileSystem z = FileSystems.newFileSystem(URI.create("jar:" + newer.toUri()), Map.of())) {
            Path m = z.getPath("manifest.json");
            String json = Files.readString(m, StandardCharsets.UTF_8).replace("\"formatVersion\" : 1",
                    "\"formatVersion\" : 7");
            Files.writeString(m, json, StandardCharsets.UTF_8);
        }
        Path truncated = dir.resolve("传了一半.zip");
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path foreign = dir.resolve("别的压缩包.zip");
        try (FileSystem z = FileSystems.newFileSystem(URI.create("jar:" + foreign.toUri()), Map.of("create", "true"))) {
            Files.writeString(z.getPath("readme.txt"), "别的软件的压缩包", StandardCharsets.UTF_8);
        }
        try (InspectionFile f = services.inspections().create(dir.resolve("kinds" + InspectionFile.EXTENSION), "")) {
            InspectionException update = assertThrows(InspectionException.class,
                    () -> services.inspections().openPackage(f, newer, null, Progress.NONE));
            assertEquals(InspectionException.Reason.NOT_A_PACKAGE, update.reason());
            assertTrue(update.getMessage().contains("请升级软件"), update.getMessage());
            InspectionException cut = assertThrows(InspectionException.class,
                    () -> services.inspections().openPackage(f, truncated, null, Progress.NONE));
            assertEquals(InspectionException.Reason.ALTERED, cut.reason(), cut.getMessage());
            assertTrue(cut.getMessage().contains("传了一半.zip") && cut.getMessage().contains("截断"), cut.getMessage());
            InspectionException other = assertThrows(InspectionException.class,
                    () -> services.inspections().openPackage(f, foreign, null, Progress.NONE));
            assertEquals(InspectionException.Reason.NOT_A_PACKAGE, other.reason(), other.getMessage());
            assertTrue(other.getMessage().contains("别的压缩包.zip"), other.getMessage());
            assertEquals(List.of(), f.read(InspectionRepository::all));
        }
    }
}
