package org.nineones.service.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.excel.workbook.UnmaskedIds;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Evidence;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.SelfAssessment;
import org.nineones.pack.Manifest;
import org.nineones.pack.VerificationResult;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;
import org.nineones.service.sample.SampleCopy;

/**
 * The package's acceptance parts on the sample enterprise (content, letters, training, exams, rewards, assessments,
 * duty records with files) with a signed self-assessment: the inspector's side recomputes every automatic line from
 * the records form alone and gets the enterprise's own result; the same workspace on the same date gives the same
 * package, byte for byte; the standard edition holds no full ID number anywhere, the internal one does and says so; a cancel leaves
 * nothing behind.
 */
class AcceptancePackageTest {

    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    /** 2026-12-06 09:30 in Beijing: every export of these tests is dated by it. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T01:30:00Z"), ZoneOffset.ofHours(8));

    private static final java.util.regex.Pattern ID_LIKE = java.util.regex.Pattern.compile("(?=([0-9]{17}[0-9X]))");

    @TempDir
    static Path dir;
    private static Services services;
    private static Workspace ws;
    private static ChecklistTemplate template;
    private static SelfAssessment signed;
    private static Path standard;
    private static ExportedPackage exported;
    private static List<String> idNumbers;
    /** Set by the stand-in report printer when {@link #cancelInPrinter} is: a cancel from inside the new parts. */
    private static final AtomicBoolean CANCELLED = new AtomicBoolean();
    private static volatile boolean cancelInPrinter;

    @BeforeAll
    static void exportTheSample() throws Exception {
        services = new Services(new Settings(dir.resolve("home")), ZH);
        // a copy of the sample built once per run: openSample opens it
        SampleCopy.into(dir.resolve("示例"));
        ws = services.sample().openSample(Files.createDirectories(dir.resolve("示例")), Progress.NONE);
        template = services.checklists().defaultTemplate();
        LocalDate today = LocalDate.now();
        signed = services.selfAssessments().sign(ws, template, today, "李安全", today);
        idNumbers = ws.read(s -> s.employees().all().stream().map(e -> e.idNumber().value()).toList());
        standard = dir.resolve("验收资料包.zip");
        exported = service(Files.createDirectories(dir.resolve("work"))).export(ws, standard, Progress.NONE);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    /** The package service as the app makes it, but dated by {@link #CLOCK}, with a stand-in report printer. */
    private static PackageService service(Path work) {
        return service(work, CLOCK);
    }

    private static PackageService service(Path work, Clock clock) {
        AcceptanceParts parts = new AcceptanceParts(ZH, services.checklists(), services.selfAssessments(),
                services.dutyRecords());
        PackageService service = new PackageService(ZH, services.cards(), services.print(), services.exchange(),
                services.features(), work, clock, parts);
        service.useSelfAssessmentPdf((workspace, assessment, out) -> {
            if (cancelInPrinter) {
                CANCELLED.set(true);
            }
            Files.writeString(out, "%PDF-1.4 自评报告 " + assessment.asOf() + " " + assessment.score(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        });
        return service;
    }

    @Test
    void holdsTheAcceptancePartsAndVerifies() throws Exception {
        VerificationResult result = services.packages().verify(standard);
        assertTrue(result.intact(), result.problems().toString());
        Manifest manifest = result.manifest();
        assertEquals(Manifest.STANDARD, manifest.edition());
        List<String> paths = manifest.files().stream().map(Manifest.FileEntry::path).toList();
        assertTrue(paths.containsAll(List.of("checklist.json", "self-assessment.json", "self-assessment.pdf",
                "duty-records.json", "records.json")), paths.toString());
        List<String> files = paths.stream().filter(p -> p.startsWith("duty-records/")).toList();
        assertFalse(files.isEmpty(), "the sample's duty records have files");
        assertEquals(files.stream().sorted().toList(), files, "in a fixed order");
        try (ZipFile zip = new ZipFile(standard.toFile(), StandardCharsets.UTF_8)) {
            assertEquals(services.checklists().defaultTemplate(), new org.nineones.model.acceptance.ChecklistJson()
                    .read(zip.getInputStream(zip.getEntry("checklist.json"))));
            String assessment = text(zip, "self-assessment.json");
            assertTrue(assessment.contains("\"signedBy\" : \"李安全\""), assessment);
            assertTrue(assessment.contains("\"score\" : \"" + signed.score().toPlainString() + "\""), assessment);
            String list = text(zip, "duty-records.json");
            for (String file : files) {
                assertTrue(list.contains("\"path\" : \"" + file + "\""), file + " is listed with its record");
            }
            String contents = text(zip, "目录.txt");
            assertTrue(contents.contains("records.json — 可复算的记录数据（身份证号已遮蔽）"), contents);
            assertTrue(contents.contains("duty-records.json — 专档记录清单"), contents);
            assertFalse(contents.contains("内部版"), contents);
        }
    }

    @Test
    void theInspectorRecomputesEveryAutomaticLineFromTheRecordsForm() {
        LocalDate today = LocalDate.now();
        ChecklistScore own = services.readiness().assess(ws, template, today, today);
        ChecklistScore recomputed;
        try (RecomputedRecords.Loaded loaded = new RecomputedRecords(ZH).open(standard)) {
            recomputed = RecomputedRecords.recompute(loaded, services.readiness(), template, today);
            assertThrows(RuntimeException.class, () -> loaded.workspace().write(s -> {
                s.audit().record("x", "y", 1L, "z");
                return null;
            }), "the loaded records are read-only");
        }
        List<LineScore> automatic = own.lines().stream().filter(l -> l.evidence() != Evidence.MANUAL).toList();
        assertTrue(automatic.size() >= 10, "every A and A+M line of the default template");
        assertTrue(automatic.stream().anyMatch(l -> !l.charges().isEmpty()), "the sample leaves gaps that cost points");
        Map<String, LineScore> byId = new LinkedHashMap<>();
        recomputed.lines().forEach(l -> byId.put(l.id(), l));
        for (LineScore line : automatic) {
            assertEquals(line, byId.get(line.id()), "line " + line.id() + ": score and findings");
        }
        assertEquals(own, recomputed);
    }

    /**
     * The whole package is byte-identical from one export to the next on the same day, so is its fingerprint: the
     * workbooks (POI's times), the PDFs (OpenPDF's dates, ID and font tags), the acceptance parts, the contents list,
     * the manifest and the zip itself. Exported again eight hours later the same day (and seconds later by the real
     * clock, which POI and OpenPDF would have stamped).
     */
    @Test
    void theSameWorkspaceOnTheSameDateGivesTheSamePackageAndFingerprint() throws Exception {
        Path again = dir.resolve("again.zip");
        Clock later = Clock.fixed(Instant.parse("2026-12-06T09:45:00Z"), ZoneOffset.ofHours(8));
        ExportedPackage second = service(Files.createDirectories(dir.resolve("work-again")), later)
                .export(ws, again, Progress.NONE);
        Map<String, String> first = entryDigests(standard);
        Map<String, String> next = entryDigests(again);
        assertEquals(first.keySet(), next.keySet());
        List<String> differing = first.keySet().stream().filter(k -> !first.get(k).equals(next.get(k))).toList();
        assertEquals(List.of(), differing, "entries that differ");
        assertTrue(first.keySet().containsAll(List.of("registers.xlsx", "post-content.xlsx", "cards.pdf",
                "duty-book.pdf", "records.json", "目录.txt")), first.keySet().toString());
        assertTrue(first.keySet().stream().anyMatch(k -> k.startsWith("ledger-")), "the ledgers too");
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(standard), Files.readAllBytes(again),
                "the zip itself");
        assertEquals(exported.fingerprint(), second.fingerprint());
        assertEquals("2026-12-06", second.manifest().createdAt(), "the package states its day");
        assertFalse(exported.record().exportedAt().equals(second.record().exportedAt()),
                "the export history keeps the time of each export");
        assertTrue(services.packages().verify(again).intact());
    }

    /** The SHA-256 of every entry's content, by name. */
    private static Map<String, String> entryDigests(Path zipFile) throws Exception {
        Map<String, String> digests = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    digests.put(entry.getName(), java.util.HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
                }
            }
        }
        return digests;
    }

    @Test
    void theStandardEditionHoldsNoFullIdNumberTheInternalOneSaysItDoes() throws Exception {
        assertTrue(idNumbers.size() > 10);
        Set<String> ids = new HashSet<>(idNumbers);
        for (Map.Entry<String, String> entry : entryTexts(standard).entrySet()) {
            assertEquals(List.of(), candidates(entry.getValue()).stream().filter(ids::contains).toList(),
                    entry.getKey() + " holds a full ID number");
        }
        // the internal edition's parts (its manifest and window are tested on a small workspace: the command
        // line's and the window's tests of the internal edition)
        Path work = Files.createDirectories(dir.resolve("work-internal"));
        PackageParts made = new PackageParts(ZH);
        made.internal(true);
        new AcceptanceParts(ZH, services.checklists(), services.selfAssessments(), services.dutyRecords())
                .write(ws, work, true, Progress.NONE, made);
        String records = Files.readString(work.resolve("records.json"), StandardCharsets.UTF_8);
        assertTrue(new HashSet<>(candidates(records)).containsAll(ids), "every ID number whole");
        assertTrue(records.contains("\"edition\":\"internal\""));
        List<String> contents = made.contentsLines(ws.read(s -> s.enterprise().get()), LocalDate.now(CLOCK),
                List.of(new org.nineones.pack.PackageFile("records.json", work.resolve("records.json"))));
        assertTrue(contents.get(2).startsWith("【内部版】本资料包含完整身份证号"), contents.toString());
        assertTrue(contents.stream().anyMatch(l -> l.contains("records.json — 可复算的记录数据（内部版：含完整身份证号）")),
                contents.toString());
    }

    @Test
    void aCancelDuringTheAcceptancePartsLeavesNothingBehind() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work-cancel"));
        Path out = dir.resolve("cancelled.zip");
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                // only the cancel matters here
            }

            @Override
            public boolean isCancelled() {
                return CANCELLED.get();
            }
        };
        cancelInPrinter = true;
        try {
            assertThrows(CancelledException.class, () -> service(work).export(ws, out, cancelled));
        } finally {
            cancelInPrinter = false;
            CANCELLED.set(false);
        }
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(work); Stream<Path> beside = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
            assertTrue(beside.noneMatch(p -> p.getFileName().toString().startsWith(".cancelled")));
        }
    }

    @Test
    void anAlteredPackageIsNotRecomputed() throws Exception {
        Path altered = dir.resolve("altered.zip");
        byte[] bytes = Files.readAllBytes(standard);
        bytes[bytes.length / 2] ^= 1;
        Files.write(altered, bytes);
        RecomputeException e = assertThrows(RecomputeException.class, () -> new RecomputedRecords(ZH).open(altered));
        assertEquals(ZH.get("recompute.error.altered", "altered.zip"), e.getMessage());
    }

    /** Every entry as text: the workbooks' cells, the PDFs' text and bytes, any other file's bytes. */
    private static Map<String, String> entryTexts(Path package_) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(package_.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (entry.getName().endsWith(".xlsx")) {
                    text += UnmaskedIds.workbookText(new ByteArrayInputStream(bytes));
                } else if (text.startsWith("%PDF") && entry.getName().endsWith(".pdf") && bytes.length > 100) {
                    try (PDDocument pdf = Loader.loadPDF(bytes)) {
                        text += new PDFTextStripper().getText(pdf);
                    }
                }
                texts.put(entry.getName(), text);
            }
        }
        assertTrue(texts.size() > 15, texts.keySet().toString());
        return texts;
    }

    /** Every run of 17 digits and a check character in a text, overlapping ones too. */
    private static List<String> candidates(String text) {
        List<String> found = new ArrayList<>();
        java.util.regex.Matcher m = ID_LIKE.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String text(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
