package org.nineones.service.inspection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.pack.Manifest;
import org.nineones.service.Progress;
import org.nineones.service.acceptance.ExportedPackage;
import org.nineones.service.sample.SampleService;
import org.nineones.store.Workspace;

/**
 * The sample enterprise's acceptance package, made once per test run for the tests of the inspector's side (making it
 * takes seconds). Tests only read it; one that needs it altered copies it first. Removed when the JVM ends.
 */
public final class SamplePackage {

    private static SamplePackage made;

    private final Path folder;
    private final Path zip;
    private final String fingerprint;
    private final Manifest manifest;

    private SamplePackage(Path folder, Path zip, ExportedPackage exported) {
        this.folder = folder;
        this.zip = zip;
        this.fingerprint = exported.fingerprint();
        this.manifest = exported.manifest();
    }

    /** The package, made on first use. */
    public static synchronized SamplePackage get() {
        if (made == null) {
            try {
                Path folder = Files.createTempDirectory("nineones-sample-package");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
                Services services = new Services(new Settings(folder.resolve("home")),
                        new Messages(Locale.SIMPLIFIED_CHINESE));
                Path zip = folder.resolve("验收 资料包.zip");
                try (Workspace ws = services.sample().openSample(Files.createDirectories(folder.resolve("示例")),
                        Progress.NONE)) {
                    made = new SamplePackage(folder, zip, services.packages().export(ws, zip, Progress.NONE));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return made;
    }

    public Path zip() {
        return zip;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Manifest manifest() {
        return manifest;
    }

    /** The sample workspace the package was exported from (closed; open it to compare). */
    public Path workspace() {
        return SampleService.sampleFile(folder.resolve("示例"));
    }

    /** The sample enterprise after it signed a self-assessment: its workspace, the signed one, its package. */
    public record Signed(Path workspace, org.nineones.model.acceptance.SelfAssessment selfAssessment, Path zip) {
    }

    private static Signed signed;

    /**
     * The sample workspace copied, a self-assessment of the default checklist signed today by 李安全, and its package
     * exported: made once per test run on first use. Tests only read them.
     */
    public static synchronized Signed signed() {
        if (signed == null) {
            SamplePackage sample = get();
            try {
                Services services = new Services(new Settings(sample.folder.resolve("home-signed")),
                        new Messages(Locale.SIMPLIFIED_CHINESE));
                Path workspace = sample.folder.resolve("自评后" + Workspace.EXTENSION);
                Files.copy(sample.workspace(), workspace);
                Path zip = sample.folder.resolve("自评后的资料包.zip");
                java.time.LocalDate today = java.time.LocalDate.now();
                try (Workspace ws = Workspace.open(workspace)) {
                    var assessment = services.selfAssessments().sign(ws, services.checklists().defaultTemplate(),
                            today, "李安全", today);
                    services.packages().export(ws, zip, Progress.NONE);
                    signed = new Signed(workspace, assessment, zip);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (org.nineones.store.WorkspaceException e) {
                throw new IllegalStateException(e);
            }
        }
        return signed;
    }

    /** Removes a temporary folder made for a fixture, as far as it can. */
    public static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: what cannot be removed now stays for the system to clean
        }
    }
}
