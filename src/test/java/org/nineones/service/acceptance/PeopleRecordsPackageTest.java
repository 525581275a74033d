package org.nineones.service.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.excel.workbook.UnmaskedIds;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.pack.VerificationResult;
import org.nineones.service.Progress;
import org.nineones.service.ledger.Ledger;
import org.nineones.store.Workspace;
import org.nineones.service.sample.SampleCopy;

/**
 * The package of the sample enterprise, which has records of every kind, carries every ledger of people's records
 * and the per-person training files, verifies, and shows no ID number unmasked.
 */
class PeopleRecordsPackageTest {

    @TempDir
    Path tempDir;

    @Test
    void carriesEveryLedgerAndTheTrainingFilesWithIdNumbersMasked() throws Exception {
        Services services = new Services(new Settings(tempDir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
        Path out = tempDir.resolve("张三的文件").resolve("验收资料包.zip");
        Files.createDirectories(out.getParent());
        int people;
        // a copy of the sample built once per run: openSample opens it
        SampleCopy.into(tempDir.resolve("示例"));
        try (Workspace ws = services.sample().openSample(Files.createDirectories(tempDir.resolve("示例")),
                Progress.NONE)) {
            people = ws.read(s -> (int) s.employees().all().stream()
                    .filter(e -> e.status() != EmployeeStatus.LEFT).count());
            services.packages().export(ws, out, Progress.NONE);
        }
        VerificationResult result = services.packages().verify(out);
        assertTrue(result.intact(), result.problems().toString());

        List<String> ledgerFiles = new ArrayList<>();
        for (Ledger ledger : services.ledgers().packaged()) {
            ledgerFiles.add(PackageService.ledgerFile(ledger));
        }
        assertEquals(6, ledgerFiles.size());
        try (ZipFile zip = new ZipFile(out.toFile(), StandardCharsets.UTF_8)) {
            List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            // the problem list is the enterprise's own, answered through its closing package, not carried here
            assertTrue(names.stream().noneMatch(n -> n.contains("problems")), names.toString());
            assertTrue(names.containsAll(ledgerFiles), names.toString());
            assertTrue(names.contains("training-files.pdf"), names.toString());
            for (String file : ledgerFiles) {
                String text;
                try (InputStream in = zip.getInputStream(zip.getEntry(file))) {
                    text = UnmaskedIds.workbookText(new ByteArrayInputStream(in.readAllBytes()));
                }
                assertEquals(List.of(), UnmaskedIds.in(text), file);
                assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN), file + " has its Chinese headers and records");
            }
            try (InputStream in = zip.getInputStream(zip.getEntry("training-files.pdf"));
                 PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
                assertTrue(people > 0);
                assertTrue(pdf.getNumberOfPages() >= people, "a file for each of the " + people + " people");
                String text = new PDFTextStripper().getText(pdf);
                assertEquals(List.of(), UnmaskedIds.in(text));
            }
        }
    }
}
