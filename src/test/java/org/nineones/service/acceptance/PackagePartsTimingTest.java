package org.nineones.service.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.excel.workbook.RegisterData;
import org.nineones.excel.workbook.RegisterFixtures;
import org.nineones.excel.workbook.RegisterWorkbookWriter;
import org.nineones.excel.workbook.WorkbookSummary;
import org.nineones.model.Messages;
import org.nineones.pack.Manifest;
import org.nineones.pack.PackageContent;
import org.nineones.pack.PackageFile;
import org.nineones.pack.PackageVerifier;
import org.nineones.pack.PackageWriter;
import org.nineones.store.Workspace;

/**
 * The package's own share of the 20 s budget for 10,000 people (everything but the cards PDF): one read of the
 * workspace, the workbook, the zip with a 20 MB stand-in for the cards, and verifying it.
 */
class PackagePartsTimingTest {

    @TempDir
    Path tempDir;

    @Test
    void packagesTenThousandPeopleWellWithinBudget() throws Exception {
        Path dir = Files.createDirectories(tempDir.resolve("张三的文件"));
        Path cards = dir.resolve("cards.pdf");
        byte[] block = new byte[1 << 20];
        new Random(1).nextBytes(block);
        try (OutputStream os = Files.newOutputStream(cards)) {
            for (int i = 0; i < 20; i++) {
                os.write(block);
            }
        }
        try (Workspace ws = PackageWorkspaces.create(dir.resolve("大企业.nineones"), RegisterFixtures.large(10_000))) {
            long t0 = System.nanoTime();
            RegisterData data = ws.read(store -> new RegisterData(store.enterprise().get(), store.orgUnits().all(),
                    store.posts().all(), store.employees().all(), store.posts().allDuties()));
            long t1 = System.nanoTime();
            WorkbookSummary summary = new RegisterWorkbookWriter(new Messages(Locale.SIMPLIFIED_CHINESE))
                    .write(data, dir.resolve("registers.xlsx"));
            long t2 = System.nanoTime();
            Path zip = dir.resolve("验收资料包.zip");
            new PackageWriter().write(new PackageContent("大型化工集团", RegisterFixtures.CREDIT_CODE,
                    new Manifest.Counts(summary.orgUnits(), summary.posts(), summary.employees(), summary.duties()),
                    List.of(new PackageFile("registers.xlsx", dir.resolve("registers.xlsx")), new PackageFile("cards.pdf", cards))),
                    zip);
            long t3 = System.nanoTime();
            boolean intact = new PackageVerifier().verify(zip).intact();
            long t4 = System.nanoTime();
            System.out.printf("package parts, 10,000 people: read %d ms, workbook %d ms, zip (20 MB cards) %d ms, verify %d ms%n",
                    ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4));
            assertEquals(10_000, summary.employees());
            assertTrue(intact);
            // a loose bound for a shared 2-core machine; the target for this share is well under 5 s
            assertTrue(ms(t0, t3) < 15_000, ms(t0, t3) + " ms");
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
