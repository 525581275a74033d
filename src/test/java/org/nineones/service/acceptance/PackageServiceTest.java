package org.nineones.service.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.excel.workbook.RegisterFixtures;
import org.nineones.model.Messages;
import org.nineones.pack.PackageContent;
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
        service = new PackageService(messages, new CardPrintService(messages), work);
    }

    /** Cancels as soon as the export announces the given step (0 reading, 1 workbook, 2 cards, 3 zip). */
    private static final class CancelAtStep implements Progress {
        private final long step;
        private final List<String> messages = new ArrayList<>();
        private boolean cancelled;

        CancelAtStep(long step) {
            this.step = step;
        }

        @Override
        public void update(long done, long total, String message) {
            messages.add(message);
            cancelled |= done == step && total == 4;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    @Test
    void cancellingLeavesNoPackageAndNoTempFiles() throws Exception {
        for (long step : new long[] {0, 1, 2}) {
            try (Workspace ws = PackageWorkspaces.create(tempDir.resolve("企业" + step + ".nineones"), RegisterFixtures.sample())) {
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
            assertThrows(CancelledException.class, () -> service.export(ws, out, new CancelAtStep(2)));
        }
        assertEquals("the package exported yesterday", Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(List.of("验收资料包.zip"), list(out.getParent()));
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
}
