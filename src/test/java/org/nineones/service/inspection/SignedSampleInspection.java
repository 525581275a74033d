package org.nineones.service.inspection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.store.WorkspaceException;

/**
 * An inspection file holding the sample enterprise's package inspected and signed by {@code nineones inspect}'s script
 * (seed 20261207, no ratings or score changes), made once per test run for the tests that need a real signed
 * inspection file (making it takes seconds). Tests take a copy ({@link #copyTo}); every copy holds the same inspection.
 */
public final class SignedSampleInspection {

    private static SignedSampleInspection made;

    private final Path file;
    private final InspectionScript.Result result;

    private SignedSampleInspection(Path file, InspectionScript.Result result) {
        this.file = file;
        this.result = result;
    }

    /** The signed inspection file, made on first use. */
    public static synchronized SignedSampleInspection get() {
        if (made == null) {
            try {
                Path folder = Files.createTempDirectory("nineones-signed-inspection");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> SamplePackage.delete(folder)));
                Services services = new Services(new Settings(folder.resolve("home")),
                        new Messages(Locale.SIMPLIFIED_CHINESE));
                Path file = folder.resolve("已签字.nineinspect");
                Files.createDirectories(folder.resolve("papers"));
                InspectionScript.Result result = services.inspectionScript().run(new InspectionScript.Request(
                        SamplePackage.get().zip(), file, "20261207", null, null,
                        Files.writeString(folder.resolve("ratings.tsv"), "# 无\n"),
                        Files.writeString(folder.resolve("scores.tsv"), "# 无\n"), List.of("李明"), "企业厂区",
                        "孙建国", 20, "", "", folder.resolve("papers/意见书.pdf"),
                        folder.resolve("papers/问题清单.zip")));
                made = new SignedSampleInspection(file, result);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (WorkspaceException e) {
                throw new IllegalStateException(e);
            }
        }
        return made;
    }

    /** What the script did: the inspection, its signed record, its findings. */
    public InspectionScript.Result result() {
        return result;
    }

    /** A copy of the file at {@code target} (its folder made when missing). */
    public Path copyTo(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        return Files.copy(file, target);
    }
}
