package org.nineones.service.county;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.service.Progress;
import org.nineones.service.inspection.InspectionScript;
import org.nineones.service.inspection.SamplePackage;
import org.nineones.store.InspectionFile;
import org.nineones.store.WorkspaceException;

/**
 * Real inspection files for the county desk's tests, made once per test run (running the inspection takes seconds):
 * the sample enterprise's package inspected and signed by {@code nineones inspect}'s script in one file, and the same
 * package opened but not signed in another. Tests only read them; one that needs them changed copies them first.
 */
public final class InspectionFiles {

    private static InspectionFiles made;

    private final Path signed;
    private final Path unsigned;
    private final InspectionScript.Result result;

    private InspectionFiles(Path signed, Path unsigned, InspectionScript.Result result) {
        this.signed = signed;
        this.unsigned = unsigned;
        this.result = result;
    }

    /** The files, made on first use. */
    public static synchronized InspectionFiles get() {
        if (made == null) {
            try {
                Path dir = Files.createTempDirectory("nineones-inspection-files");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> SamplePackage.delete(dir)));
                Services services = new Services(new Settings(dir.resolve("home")),
                        new Messages(Locale.SIMPLIFIED_CHINESE));
                Path zip = SamplePackage.get().zip();
                Path signed = dir.resolve("第一组.nineinspect");
                Files.createDirectories(dir.resolve("papers"));
                Path ratings = Files.writeString(dir.resolve("ratings.tsv"), "# 无\n");
                Path scores = Files.writeString(dir.resolve("scores.tsv"), "# 无\n");
                InspectionScript.Result result = services.inspectionScript().run(new InspectionScript.Request(zip,
                        signed, "20261207", null, null, ratings, scores, List.of("李明"), "企业厂区", "孙建国", 20,
                        null, null, dir.resolve("papers/意见书.pdf"), dir.resolve("papers/问题清单.zip")));
                Path unsigned = dir.resolve("第二组.nineinspect");
                try (InspectionFile file = services.inspections().create(unsigned, "")) {
                    services.inspections().openPackage(file, zip, null, Progress.NONE);
                }
                made = new InspectionFiles(signed, unsigned, result);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (WorkspaceException e) {
                throw new IllegalStateException(e);
            }
        }
        return made;
    }

    /** The file holding the sample enterprise's inspection, signed, with its findings. */
    public Path signed() {
        return signed;
    }

    /** The file holding the same package opened (another inspection), not signed. */
    public Path unsigned() {
        return unsigned;
    }

    /** What the script did: the inspection, its signed record and how many findings. */
    public InspectionScript.Result result() {
        return result;
    }
}
