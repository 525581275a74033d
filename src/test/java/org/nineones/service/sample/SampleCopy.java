package org.nineones.service.sample;

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
import org.nineones.service.Progress;
import org.nineones.store.Workspace;

/**
 * The sample enterprise's workspace, built once per test run (building it takes seconds: the roster, every post's
 * content, a year of records) and copied for each test that needs one: {@link #into} puts the copy where
 * {@link SampleService#openSample} finds it, so that opens the copy instead of building the sample again. The tests of
 * building it ({@code SampleServiceTest}) build it themselves.
 */
public final class SampleCopy {

    private static Path built;

    private SampleCopy() {
    }

    /** Puts a copy of the sample workspace into {@code folder} (made when missing); returns the copy. */
    public static Path into(Path folder) {
        try {
            Path copy = SampleService.sampleFile(Files.createDirectories(folder));
            Files.copy(built(), copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path built() throws IOException {
        if (built == null) {
            Path folder = Files.createTempDirectory("nineones-sample-workspace");
            removeAtExit(folder);
            Services services = new Services(new Settings(folder.resolve("home")),
                    new Messages(Locale.SIMPLIFIED_CHINESE));
            try (Workspace ws = services.sample().openSample(folder.resolve("示例"), Progress.NONE)) {
                built = ws.file();
            }
        }
        return built;
    }

    /** Removes a temporary folder of fixtures, with what it holds, when the test run ends. */
    public static void removeAtExit(Path folder) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: what cannot be removed now stays for the system to clean
        }
    }
}
