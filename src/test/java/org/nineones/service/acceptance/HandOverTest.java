package org.nineones.service.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.excel.workbook.UnmaskedIds;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.PackageExport;
import org.nineones.pack.ContentsList;
import org.nineones.pack.Manifest;
import org.nineones.pack.PackageFingerprint;
import org.nineones.report.PdfFiles;
import org.nineones.service.Progress;
import org.nineones.service.ledger.Ledger;
import org.nineones.store.Workspace;
import org.nineones.service.sample.SampleCopy;

/**
 * The hand-over of the sample enterprise's package: its contents list names every file with its Chinese title and
 * counts, the manifest counts every ledger, the export is kept in the workspace's history with its fingerprint, and
 * the cover letter prints the fingerprint, the counts and the signature blocks on one A4 page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandOverTest {

    @TempDir
    static Path tempDir;

    private Services services;
    private Workspace workspace;
    private ExportedPackage exported;
    private Path out;
    private int people;

    @BeforeAll
    void exportTheSample() throws Exception {
        services = new Services(new Settings(tempDir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
        out = Files.createDirectories(tempDir.resolve("张三的文件")).resolve("验收资料包.zip");
        // a copy of the sample built once per run: openSample opens it
        SampleCopy.into(tempDir.resolve("示例"));
        workspace = services.sample().openSample(Files.createDirectories(tempDir.resolve("示例")), Progress.NONE);
        people = workspace.read(s -> (int) s.employees().all().stream()
                .filter(e -> e.status() != EmployeeStatus.LEFT).count());
        exported = services.packages().export(workspace, out, Progress.NONE);
    }

    @AfterAll
    void close() {
        workspace.close();
    }

    /** A count as the Chinese texts show it: 1,119. */
    private static String grouped(long count) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.SIMPLIFIED_CHINESE).format(count);
    }

    private String contentsList() throws Exception {
        try (ZipFile zip = new ZipFile(out.toFile(), StandardCharsets.UTF_8);
             InputStream in = zip.getInputStream(zip.getEntry(ContentsList.FILE_NAME))) {
            byte[] bytes = in.readAllBytes();
            assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 with a byte-order mark, for Notepad");
            return ContentsList.read(bytes);
        }
    }

    @Test
    void theContentsListNamesEveryFileOfThePackageWithItsChineseTitleAndCounts() throws Exception {
        String text = contentsList();
        List<String> names;
        try (ZipFile zip = new ZipFile(out.toFile(), StandardCharsets.UTF_8)) {
            names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
        }
        assertEquals(List.of(Manifest.FILE_NAME, ContentsList.FILE_NAME), names.subList(0, 2));
        for (String name : names) {
            assertTrue(text.contains(". " + name + " — "), name + " is listed:\n" + text);
        }
        assertTrue(text.contains("本资料包共 " + names.size() + " 个文件"), text);
        Manifest.Counts counts = exported.manifest().counts();
        assertTrue(text.contains("registers.xlsx — 登记册工作簿（企业信息、组织机构与岗位、人员责任登记册、岗位责任清单）：组织机构 "
                + counts.orgUnits() + " 个，岗位 " + counts.posts() + " 个，人员 " + counts.employees() + " 人"), text);
        for (Ledger ledger : services.ledgers().packaged()) {
            String line = PackageService.ledgerFile(ledger) + " — "
                    + services.messages().get(ledger.titleKey()) + "：" + grouped(counts.records().get(ledger.key())) + " 行";
            assertTrue(text.contains(line), line + " in\n" + text);
        }
        int cards = exported.record().quantity("cards");
        assertTrue(cards >= people, "a card for everyone on a post: " + cards);
        assertTrue(text.contains("cards.pdf — 岗位责任卡：" + cards + " 张"), text);
        assertTrue(text.contains("people-register.pdf — 人员责任登记册：人员 " + people + " 人，共 "), text);
        assertTrue(text.contains("企业：" + exported.manifest().enterprise().name()), text);
        assertTrue(text.contains("\r\n"), "Windows line ends");
        assertEquals(List.of(), UnmaskedIds.in(text));
    }

    @Test
    void theContentsListIsCheckedLikeEveryOtherFile() {
        assertTrue(services.packages().verify(out).checked().contains(ContentsList.FILE_NAME));
        assertTrue(exported.manifest().files().stream().anyMatch(f -> f.path().equals(ContentsList.FILE_NAME)));
    }

    @Test
    void theManifestCountsTheRowsOfEveryLedger() {
        Manifest.Counts counts = exported.manifest().counts();
        assertEquals(people, counts.employees());
        for (Ledger ledger : services.ledgers().packaged()) {
            assertTrue(counts.records().containsKey(ledger.key()), ledger.key());
        }
        assertTrue(counts.records().get("letters") > 0, "the sample has letters: " + counts.records());
        assertEquals(counts, services.packages().verify(out).manifest().counts(), "read back as written");
    }

    @Test
    void theExportIsKeptInTheHistoryWithItsFingerprintTimeAndCounts() {
        List<PackageExport> history = services.packages().history(workspace);
        assertEquals(1, history.size());
        PackageExport record = history.get(0);
        assertEquals(exported.record(), record);
        assertEquals(PackageFingerprint.of(out), record.fingerprint());
        assertEquals(exported.manifest().createdAt(), record.exportedAt().substring(0, 10),
                "the package states the day of the export, the history its time");
        assertTrue(record.exportedAt().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d"),
                record.exportedAt());
        assertEquals("验收资料包.zip", record.fileName());
        assertEquals(out.toAbsolutePath().normalize().toString(), record.filePath());
        assertEquals(out.toFile().length(), record.fileSize());
        assertEquals(people, record.quantity("employees"));
        assertEquals(exported.manifest().counts().records().get("letters"), record.quantity("letters"));
        assertTrue(record.quantity("cards") >= people, "cards: " + record.quantity("cards"));
        assertEquals(exported.manifest().files().size() + 1, record.quantity("files"), "with the manifest");
        assertTrue(workspace.read(s -> s.audit().latest(5)).stream()
                .anyMatch(e -> e.action().equals("export-package") && e.detail().contains(record.fingerprint())));
    }

    @Test
    void theDatabaseItselfRefusesToChangeOrDeleteARecordedExport() throws Exception {
        long id = exported.record().id();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace.file());
             Statement st = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> st.executeUpdate(
                    "UPDATE package_export SET fingerprint = '" + "0".repeat(64) + "' WHERE id = " + id));
            assertTrue(update.getMessage().contains("cannot be changed"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> st.executeUpdate("DELETE FROM package_export_count WHERE export_id = " + id));
            assertTrue(delete.getMessage().contains("cannot be deleted"), delete.getMessage());
        }
        assertEquals(exported.record(), services.packages().history(workspace).get(0));
    }

    @Test
    void theCoverLetterPrintsTheFingerprintCountsAndSignatureBlocksOnOneA4Page() throws Exception {
        Path pdf = tempDir.resolve("张三的文件").resolve("资料移交单.pdf");
        int pages = services.packages().printCoverLetter(exported.record(), pdf, Progress.NONE);
        assertEquals(1, pages);
        String text = PdfFiles.text(pdf);
        assertTrue(text.replaceAll("\\s", "").contains(exported.fingerprint()), text);
        assertTrue(text.contains(CoverLetter.grouped(exported.fingerprint())), "in groups of eight: " + text);
        assertTrue(text.contains("资料移交单"), text);
        assertTrue(text.contains(exported.manifest().enterprise().name()), text);
        assertTrue(text.contains("验收资料包.zip"), text);
        assertTrue(text.contains(exported.manifest().createdAt().substring(0, 10)), text);
        assertTrue(text.contains("人员") && text.contains(people + " 人"), text);
        assertTrue(text.contains(services.messages().get("letters.ledger.title")), text);
        assertTrue(text.contains(exported.manifest().counts().records().get("letters") + " 行"), text);
        for (String block : List.of("移交人（签字）", "接收人（签字）", "日期", "移交单位（盖章）", "接收单位（盖章）")) {
            assertTrue(text.contains(block), block + " in " + text);
        }
        assertEquals(List.of(), PdfFiles.notEmbeddedFonts(pdf));
        assertEquals(List.of(), PdfFiles.glyphsOutside(pdf, 20));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            assertEquals(595, Math.round(page.getMediaBox().getWidth()));
            assertEquals(842, Math.round(page.getMediaBox().getHeight()));
        }
        assertFalse(text.contains("370102"), "no ID numbers on the cover letter");
        assertEquals(LocalDate.now().toString(), text.replaceAll("(?s).*打印日期：(\\d{4}-\\d\\d-\\d\\d).*", "$1"));
    }
}
