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
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.excel.workbook.RegisterFixtures;
import org.nineones.excel.workbook.UnmaskedIds;
import org.nineones.model.Messages;
import org.nineones.pack.Manifest;
import org.nineones.pack.VerificationResult;
import org.nineones.service.Progress;
import org.nineones.service.cards.CardPrintService;
import org.nineones.store.Workspace;

/** Workspace → export (real workbook, real cards PDF) → verify, with every ID number masked in every file. */
class PackageServiceEndToEndTest {

    @TempDir
    Path tempDir;

    @Test
    void exportsAPackageThatVerifiesWithEveryIdNumberMasked() throws Exception {
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        Path dir = tempDir.resolve("张三的文件");
        Path out = dir.resolve("验收资料包.zip");
        Path work = Files.createDirectories(tempDir.resolve("临时"));
        PackageService service = new PackageService(messages, cards(messages), new org.nineones.service.print.PrintService(messages, cards(messages)),
                new org.nineones.service.exchange.ContentExchangeService(messages),
                new org.nineones.service.ledger.Features(List.of()), work);
        List<Double> fractions = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                fractions.add((double) done / total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        ExportedPackage exported;
        try (Workspace ws = PackageWorkspaces.create(dir.resolve("企业.nineones"), RegisterFixtures.sample())) {
            exported = service.export(ws, out, progress);
        }
        assertEquals(out, exported.file());
        assertEquals(service.fingerprint(out), exported.fingerprint());
        assertEquals(new Manifest.Counts(6, 5, 5, 8), exported.manifest().counts());

        VerificationResult result = service.verify(out);
        assertTrue(result.intact(), result.problems().toString());
        assertEquals(List.of("目录.txt", "registers.xlsx", "post-content.xlsx", "cards.pdf", "duty-book.pdf",
                "people-register.pdf"), result.checked(), "no risk or emergency cards: the posts have none");

        String workbook;
        String cards;
        String manifest;
        StringBuilder otherFiles = new StringBuilder();
        try (ZipFile zip = new ZipFile(out.toFile(), StandardCharsets.UTF_8)) {
            List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            assertEquals(List.of("manifest.json", "目录.txt", "registers.xlsx", "post-content.xlsx", "cards.pdf",
                    "duty-book.pdf", "people-register.pdf"), names);
            try (InputStream in = zip.getInputStream(zip.getEntry("目录.txt"))) {
                otherFiles.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            try (InputStream in = zip.getInputStream(zip.getEntry("post-content.xlsx"))) {
                otherFiles.append(UnmaskedIds.workbookText(new ByteArrayInputStream(in.readAllBytes())));
            }
            for (String pdfName : List.of("duty-book.pdf", "people-register.pdf")) {
                try (InputStream in = zip.getInputStream(zip.getEntry(pdfName)); PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
                    otherFiles.append(new PDFTextStripper().getText(pdf));
                }
            }
            try (InputStream in = zip.getInputStream(zip.getEntry("registers.xlsx"))) {
                workbook = UnmaskedIds.workbookText(new ByteArrayInputStream(in.readAllBytes()));
            }
            try (InputStream in = zip.getInputStream(zip.getEntry("cards.pdf")); PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
                cards = new PDFTextStripper().getText(pdf);
            }
            try (InputStream in = zip.getInputStream(zip.getEntry("manifest.json"))) {
                manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        assertTrue(workbook.contains("李四"), "the workbook names the people");
        assertTrue(cards.contains("370102********"), "the cards show masked ID numbers");
        assertEquals(List.of(), UnmaskedIds.in(workbook));
        assertEquals(List.of(), UnmaskedIds.in(cards));
        assertEquals(List.of(), UnmaskedIds.in(manifest));
        assertEquals(List.of(), UnmaskedIds.in(otherFiles.toString()));
        assertTrue(otherFiles.toString().contains("李四"), "the register names the people");
        assertTrue(otherFiles.toString().contains("岗位安全生产责任清单汇编"), "the duty-list book is there");

        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress went back: " + fractions);
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(0, left.count(), "temp files removed");
        }
    }

    private static CardPrintService cards(Messages messages) {
        return new CardPrintService(messages);
    }
}
