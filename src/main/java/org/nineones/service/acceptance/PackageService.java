package org.nineones.service.acceptance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.nineones.excel.workbook.RegisterData;
import org.nineones.excel.workbook.RegisterWorkbookWriter;
import org.nineones.excel.workbook.WorkbookSummary;
import org.nineones.model.Messages;
import org.nineones.pack.Manifest;
import org.nineones.pack.PackageContent;
import org.nineones.pack.PackageException;
import org.nineones.pack.PackageFile;
import org.nineones.pack.PackageFingerprint;
import org.nineones.pack.PackageVerifier;
import org.nineones.pack.PackageWriter;
import org.nineones.pack.VerificationResult;
import org.nineones.service.Progress;
import org.nineones.service.cards.CardPrintService;
import org.nineones.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports the acceptance package (验收资料包) and verifies one. The package is one zip: the register workbook
 * ({@value #WORKBOOK}), the cards PDF ({@value #CARDS}) and {@code manifest.json}. Nothing is half-written: the
 * parts are made in a temp folder that is always removed, and the zip appears at its target only when complete,
 * so a failure or a cancel leaves no package (an older package at the target stays as it was).
 */
public final class PackageService {

    static final String WORKBOOK = "registers.xlsx";
    static final String CARDS = "cards.pdf";
    private static final Logger LOG = LoggerFactory.getLogger(PackageService.class);
    /** The cards take most of the time: they report within this share of the whole (in percent). */
    static final int CARDS_FROM = 15;
    static final int CARDS_TO = 90;

    private final Messages messages;
    private final CardPrintService cards;
    private final Path tempRoot;

    public PackageService(Messages messages, CardPrintService cards) {
        this(messages, cards, null);
    }

    /** With the folder to make working files in ({@code null}: the system's temp folder). */
    PackageService(Messages messages, CardPrintService cards, Path tempRoot) {
        this.messages = messages;
        this.cards = cards;
        this.tempRoot = tempRoot;
    }

    /**
     * Exports the workspace's acceptance package to {@code out}.
     *
     * @throws org.nineones.service.CancelledException when the user cancelled (no package was written)
     * @throws PackageException when a file cannot be written (no package was written)
     */
    public ExportedPackage export(Workspace workspace, Path out, Progress progress) {
        refuseToOverwriteTheWorkspace(workspace, out);
        long start = System.nanoTime();
        progress.update(0, 100, messages.get("pack.progress.reading"));
        RegisterData data = workspace.read(store -> new RegisterData(store.enterprise().get(), store.orgUnits().all(),
                store.posts().all(), store.employees().all(), store.posts().allDuties()));
        long read = System.nanoTime();
        progress.checkCancelled();
        Path work = createWorkFolder(out);
        try {
            progress.update(5, 100, messages.get("pack.progress.workbook"));
            BackgroundWorkbook workbook = new BackgroundWorkbook(new RegisterWorkbookWriter(messages), data,
                    work.resolve(WORKBOOK));
            WorkbookSummary summary = null;
            try {
                progress.update(CARDS_FROM, 100, messages.get("pack.progress.cards"));
                progress.checkCancelled();
                cards.printCards(workspace, work.resolve(CARDS), new StepProgress(progress, CARDS_FROM, CARDS_TO));
                summary = workbook.await();
            } finally {
                if (summary == null) {
                    workbook.finishQuietly();
                }
            }
            long partsDone = System.nanoTime();
            progress.checkCancelled();

            progress.update(CARDS_TO, 100, messages.get("pack.progress.zip"));
            Manifest manifest = new PackageWriter().write(new PackageContent(data.enterprise().name(),
                    data.enterprise().creditCode(),
                    new Manifest.Counts(summary.orgUnits(), summary.posts(), summary.employees(), summary.duties()),
                    parts(work)), out);
            long zipped = System.nanoTime();
            progress.update(100, 100, messages.get("pack.progress.done"));
            LOG.info("exported package {} ({} people): read {} ms, workbook and cards {} ms, zip {} ms", out,
                    summary.employees(), ms(start, read), ms(read, partsDone), ms(partsDone, zipped));
            return new ExportedPackage(out, manifest, PackageFingerprint.of(out));
        } catch (IOException e) {
            throw new PackageException(PackageException.Reason.WRITE_FAILED, out,
                    "cannot write package parts for " + out + ": " + e.getMessage(), e);
        } finally {
            deleteFolder(work);
        }
    }

    /** Writing the package over the open workspace file would destroy the enterprise's data. */
    private static void refuseToOverwriteTheWorkspace(Workspace workspace, Path out) {
        try {
            if (Files.exists(out) && Files.isSameFile(out, workspace.file())) {
                throw new PackageException(PackageException.Reason.TARGET_IS_WORKSPACE, out,
                        "refusing to write the package over the workspace " + out, null);
            }
        } catch (IOException e) {
            throw new PackageException(PackageException.Reason.WRITE_FAILED, out, "cannot check " + out, e);
        }
    }

    /** The parts made in the work folder; no cards file when there was nobody to print a card for. */
    private static List<PackageFile> parts(Path work) {
        List<PackageFile> parts = new ArrayList<>();
        parts.add(new PackageFile(WORKBOOK, work.resolve(WORKBOOK)));
        if (Files.isRegularFile(work.resolve(CARDS))) {
            parts.add(new PackageFile(CARDS, work.resolve(CARDS)));
        }
        return parts;
    }

    /** Verifies a package against its manifest. */
    public VerificationResult verify(Path zip) {
        return new PackageVerifier().verify(zip);
    }

    /** The SHA-256 of the whole package file, to compare with the one the enterprise handed over. */
    public String fingerprint(Path zip) {
        return PackageFingerprint.of(zip);
    }

    private Path createWorkFolder(Path out) {
        try {
            return tempRoot == null ? Files.createTempDirectory("nineones-package-")
                    : Files.createTempDirectory(tempRoot, "nineones-package-");
        } catch (IOException e) {
            throw new PackageException(PackageException.Reason.WRITE_FAILED, out,
                    "cannot create a temp folder: " + e.getMessage(), e);
        }
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("could not remove temp file {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("could not clean up temp folder {}", folder, e);
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
