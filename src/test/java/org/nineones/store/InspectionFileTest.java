package org.nineones.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Messages;
import org.nineones.model.inspection.Inspection;

/** An inspector's inspection file (decision 0024): made, reopened, and told apart from an enterprise's workspace. */
class InspectionFileTest {

    private static final Messages ZH = Messages.defaults();
    private static final String FINGERPRINT = "a".repeat(64);

    @TempDir
    Path dir;

    private static Inspection inspection(String fingerprint) {
        return new Inspection(null, "0f8fad5b-d9cb-469f-a165-70867728950e", "滨州示例化工有限公司",
                "91371600MA3C7E2X1C", "滨城区", "化工", "验收资料包.zip", 123_456L, fingerprint,
                "2026-12-06T17:20:00+08:00", "0.1.0", "standard", null, "王检查", null);
    }

    @Test
    void keepsItsInspectionsAndTheirPartsAcrossReopening() throws Exception {
        Path file = dir.resolve("县应急局").resolve("2026年检查档案" + InspectionFile.EXTENSION);
        byte[] records = "{\"tables\":[]}".getBytes(StandardCharsets.UTF_8);
        try (InspectionFile f = InspectionFile.create(file, "县应急局第一检查组")) {
            assertEquals(List.of(), f.read(InspectionRepository::all));
            f.write(r -> {
                Inspection saved = r.insert(inspection(FINGERPRINT));
                r.addPart(saved.id(), "records.json", "b".repeat(64), records);
                return saved;
            });
        }
        try (InspectionFile f = InspectionFile.open(file)) {
            List<Inspection> all = f.read(InspectionRepository::all);
            assertEquals(1, all.size());
            Inspection i = all.get(0);
            assertEquals("滨州示例化工有限公司", i.enterpriseName());
            assertEquals(FINGERPRINT, i.packageFingerprint());
            assertEquals("王检查", i.openedBy());
            assertTrue(i.openedAt() != null && !i.openedAt().isBlank());
            assertEquals(i, f.read(r -> r.byFingerprint(FINGERPRINT).orElseThrow()));
            assertEquals(List.of(new InspectionRepository.Part("records.json", "b".repeat(64), records.length)),
                    f.read(r -> r.parts(i.id())));
            assertArrayEquals(records, f.read(r -> r.content(i.id(), "records.json").orElseThrow()));
        }
    }

    @Test
    void anInspectionAndWhatWasCopiedFromItsPackageAreFinal() throws Exception {
        try (InspectionFile f = InspectionFile.create(dir.resolve("final" + InspectionFile.EXTENSION), "")) {
            Inspection saved = f.write(r -> r.insert(inspection(FINGERPRINT)));
            RuntimeException again = assertThrows(RuntimeException.class,
                    () -> f.write(r -> r.insert(inspection(FINGERPRINT))));
            assertTrue(String.valueOf(again.getMessage()).contains("UNIQUE"), again.getMessage());
            assertEquals(1, f.read(InspectionRepository::all).size(), "nothing half-written");
            assertEquals(saved, f.read(r -> r.find(saved.id()).orElseThrow()));
        }
    }

    @Test
    void anEnterpriseWorkspaceIsNoInspectionFileAndTheReverseAndNeitherIsChanged() throws Exception {
        Path workspace = dir.resolve("企业.nineones");
        Workspace.create(workspace, WorkspaceFixtures.enterprise()).close();
        Path inspections = dir.resolve("检查" + InspectionFile.EXTENSION);
        InspectionFile.create(inspections, "").close();
        byte[] workspaceBytes = Files.readAllBytes(workspace);
        byte[] inspectionBytes = Files.readAllBytes(inspections);

        WorkspaceException notInspection = assertThrows(WorkspaceException.class, () -> InspectionFile.open(workspace));
        assertEquals(WorkspaceException.Reason.ENTERPRISE_WORKSPACE, notInspection.reason());
        assertTrue(notInspection.userMessage(ZH).contains("是企业的数据文件"), notInspection.userMessage(ZH));
        WorkspaceException notWorkspace = assertThrows(WorkspaceException.class, () -> Workspace.open(inspections));
        assertEquals(WorkspaceException.Reason.INSPECTION_FILE, notWorkspace.reason());
        assertTrue(notWorkspace.userMessage(ZH).contains("检查档案"), notWorkspace.userMessage(ZH));

        assertArrayEquals(workspaceBytes, Files.readAllBytes(workspace));
        assertArrayEquals(inspectionBytes, Files.readAllBytes(inspections));
        try (Workspace ws = Workspace.open(workspace); InspectionFile f = InspectionFile.open(inspections)) {
            assertEquals("滨州示例化工有限公司", ws.read(store -> store.enterprise().get().name()));
            assertEquals(List.of(), f.read(InspectionRepository::all), "both still open as what they are");
        }
    }

    @Test
    void refusesWhatIsNoInspectionFileTakenTwiceOrThere() throws Exception {
        Path text = dir.resolve("notes" + InspectionFile.EXTENSION);
        Files.writeString(text, "not a database");
        assertEquals(WorkspaceException.Reason.NOT_AN_INSPECTION_FILE,
                assertThrows(WorkspaceException.class, () -> InspectionFile.open(text)).reason());
        assertEquals("not a database", Files.readString(text));

        Path file = dir.resolve("twice" + InspectionFile.EXTENSION);
        try (InspectionFile first = InspectionFile.create(file, "")) {
            assertEquals(WorkspaceException.Reason.ALREADY_OPEN,
                    assertThrows(WorkspaceException.class, () -> InspectionFile.open(file)).reason());
        }
        assertEquals(WorkspaceException.Reason.ALREADY_EXISTS,
                assertThrows(WorkspaceException.class, () -> InspectionFile.create(file, "")).reason());
        InspectionFile.open(file).close();
    }

    @Test
    void theSchemaVersionIsTheNewestMigration() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/inspection"))) {
            int newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
            assertEquals(newest, InspectionFile.SCHEMA_VERSION);
        }
    }
}
