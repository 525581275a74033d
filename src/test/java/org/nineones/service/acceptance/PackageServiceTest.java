package org.nineones.service.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.excel.workbook.RegisterFixtures;
import org.nineones.model.Messages;
import org.nineones.pack.PackageContent;
import org.nineones.pack.PackageException;
import org.nineones.pack.PackageFile;
import org.nineones.pack.PackageProblem;
import org.nineones.pack.PackageWriter;
import org.nineones.pack.Manifest;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.cards.CardPrintService;
import org.nineones.store.Workspace;

class PackageServiceTest {

    @TempDir
    Path tempDir;

    private Path work;
    private Path out;
    private PackageService service;

    @BeforeEach
    void setUp() throws Exception {
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        work = Files.createDirectories(tempDir.resolve("临时"));
        out = tempDir.resolve("张三的文件").resolve("验收资料包.zip");
        service = new PackageService(messages, cards(messages), new org.nineones.service.print.PrintService(messages, cards(messages)),
                new org.nineones.service.exchange.ContentExchangeService(messages),
                new org.nineones.service.ledger.Features(List.of()), work);
    }

    /** Cancels as soon as the export announces the step whose message has the given key. */
    private static final class CancelAtStep implements Progress {
        private final String message;
        private final List<String> messages = new ArrayList<>();
        private boolean cancelled;

        CancelAtStep(String key) {
            this.message = new Messages(Locale.SIMPLIFIED_CHINESE).get(key);
        }

        @Override
        public void update(long done, long total, String text) {
            messages.add(text);
            cancelled |= text.equals(message);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    @Test
    void cancellingLeavesNoPackageAndNoTempFiles() throws Exception {
        for (String step : List.of("pack.progress.reading", "pack.progress.workbook", "pack.progress.cards",
                "report.cards.progress.printing")) {
            try (Workspace ws = PackageWorkspaces.create(tempDir.resolve(step + ".nineones"), RegisterFixtures.sample())) {
                CancelAtStep progress = new CancelAtStep(step);
                assertThrows(CancelledException.class, () -> service.export(ws, out, progress));
                assertFalse(Files.exists(out), "step " + step);
                assertEquals(List.of(), list(work), "step " + step);
                assertTrue(progress.messages.get(0).contains("读取"), progress.messages.toString());
            }
        }
    }

    @Test
    void cancellingLeavesAnOlderPackageAsItWas() throws Exception {
        Files.createDirectories(out.getParent());
        Files.writeString(out, "the package exported yesterday", StandardCharsets.UTF_8);
        try (Workspace ws = PackageWorkspaces.create(tempDir.resolve("企业.nineones"), RegisterFixtures.sample())) {
            assertThrows(CancelledException.class, () -> service.export(ws, out, new CancelAtStep("pack.progress.cards")));
        }
        assertEquals("the package exported yesterday", Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(List.of("验收资料包.zip"), list(out.getParent()));
    }

    @Test
    void refusesToWriteThePackageOverTheOpenWorkspace() throws Exception {
        Path file = tempDir.resolve("企业.nineones");
        try (Workspace ws = PackageWorkspaces.create(file, RegisterFixtures.sample())) {
            byte[] before = Files.readAllBytes(file);
            var e = assertThrows(org.nineones.model.OutputRefusedException.class,
                    () -> service.export(ws, file, Progress.NONE));
            assertEquals(org.nineones.model.OutputRefusedException.Reason.WORKSPACE, e.reason());
            assertEquals(Arrays.toString(before), Arrays.toString(Files.readAllBytes(file)));
        }
    }

    @Test
    void cardProgressIsReportedWithinItsShareOfTheWhole() {
        List<Long> percent = new ArrayList<>();
        Progress whole = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                percent.add(done * 100 / total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        StepProgress cards = new StepProgress(whole, PackageService.CARDS_FROM, PackageService.CARDS_TO);
        cards.update(0, 200, "");
        cards.update(100, 200, "");
        cards.update(200, 200, "");
        assertEquals(List.of(15L, 42L, 70L), percent);
    }

    /**
     * Exported twice on the same day (morning and afternoon, and seconds apart by the real clock POI and OpenPDF
     * would stamp): the same bytes and fingerprint. One changed record (a post's duty list) changes the fingerprint;
     * so does the next day, which the package states.
     */
    @Test
    void aChangedRecordChangesTheFingerprintTheSameRecordsOnTheSameDayDoNot() throws Exception {
        try (Workspace ws = PackageWorkspaces.create(tempDir.resolve("企业.nineones"), RegisterFixtures.sample())) {
            ExportedPackage morning = dated("2026-12-06T01:30:00Z").export(ws, out, Progress.NONE);
            Thread.sleep(2100); // POI's zip times count in two seconds
            Path again = tempDir.resolve("again.zip");
            ExportedPackage afternoon = dated("2026-12-06T07:45:10Z").export(ws, again, Progress.NONE);
            org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again));
            assertEquals(morning.fingerprint(), afternoon.fingerprint());

            ExportedPackage nextDay = dated("2026-12-07T01:30:00Z").export(ws, tempDir.resolve("next.zip"),
                    Progress.NONE);
            assertFalse(morning.fingerprint().equals(nextDay.fingerprint()), "the next day is another package");
            assertEquals("2026-12-07", nextDay.manifest().createdAt());

            long post = ws.read(store -> store.posts().all().get(0).id());
            List<String> duties = new ArrayList<>(ws.read(store -> store.posts().allDuties().get(post)));
            duties.add("每班检查安全防护装置。");
            ws.write(store -> {
                store.posts().replaceDuties(post, duties);
                return null;
            });
            ExportedPackage changed = dated("2026-12-06T07:45:10Z").export(ws, tempDir.resolve("changed.zip"),
                    Progress.NONE);
            assertFalse(morning.fingerprint().equals(changed.fingerprint()), "a changed duty list");
            assertTrue(service.verify(tempDir.resolve("changed.zip")).intact());
        }
    }

    /** The service dated by a clock in Beijing. */
    private PackageService dated(String instant) {
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        return new PackageService(messages, cards(messages), new org.nineones.service.print.PrintService(messages,
                cards(messages)), new org.nineones.service.exchange.ContentExchangeService(messages),
                new org.nineones.service.ledger.Features(List.of()), work,
                java.time.Clock.fixed(java.time.Instant.parse(instant), java.time.ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void verifiesAPackageAndNamesWhatIsWrong() throws Exception {
        Path part = Files.writeString(tempDir.resolve("cards.pdf"), "%PDF-1.7 cards", StandardCharsets.UTF_8);
        new PackageWriter().write(new PackageContent("滨州示例化工有限公司", RegisterFixtures.CREDIT_CODE,
                new Manifest.Counts(1, 1, 1, 1), List.of(new PackageFile("cards.pdf", part))), out);
        assertTrue(service.verify(out).intact());
        Files.write(out, Files.readAllBytes(out), java.nio.file.StandardOpenOption.APPEND);
        assertTrue(service.verify(out).has(PackageProblem.Kind.DAMAGED));
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static CardPrintService cards(Messages messages) {
        return new CardPrintService(messages);
    }
}
