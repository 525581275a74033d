package org.nineones.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The app's own temporary files, in one folder per user ({@code ~/.nineones/tmp}) with a sub-folder per running
 * process ({@code tmp/<pid>}). Work files (the package being assembled, POI's scratch files, print previews) live
 * there, and every half-written output beside its target ({@code .name….part}) is noted there while it exists. At
 * the next start, {@link #removeLeftovers} deletes what a killed run left: its folder and the parts it noted.
 */
public final class AppTemp {

    private static final String JOURNAL = "parts.txt";
    private static volatile Path base = defaultBase();

    private AppTemp() {
    }

    /** Puts the temporary files under {@code folder} (the settings' {@code tmp}); called once at start. */
    public static void use(Path folder) {
        base = folder.toAbsolutePath();
    }

    /** The folder of this user's temporary files of every run. */
    public static Path base() {
        return base;
    }

    /** This process's own folder, made on first use. */
    public static Path folder() throws IOException {
        Path own = base.resolve(Long.toString(ProcessHandle.current().pid()));
        if (!Files.isDirectory(own)) {
            Files.createDirectories(own);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(own), "nineones-temp-cleanup"));
        }
        return own;
    }

    /** A new empty folder inside this process's folder, for one piece of work. */
    public static Path workFolder(String prefix) throws IOException {
        return Files.createTempDirectory(folder(), prefix);
    }

    /** A new temporary file inside this process's folder. */
    public static Path file(String prefix, String suffix) throws IOException {
        return Files.createTempFile(folder(), prefix, suffix);
    }

    /** Notes a half-written output beside its target, so that a killed run's part is removed at the next start. */
    public static synchronized void notePart(Path part) {
        try {
            Files.writeString(folder().resolve(JOURNAL), part.toAbsolutePath() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the part is still removed by its writer when the run ends normally; only a kill would leave it
        }
    }

    /**
     * Removes what runs that are no longer alive left behind: their folders under {@link #base} and the parts
     * they noted. Runs of this user that are still going (another window, a command) are left alone.
     *
     * @return how many files were removed
     */
    public static int removeLeftovers() {
        int removed = 0;
        if (!Files.isDirectory(base)) {
            return 0;
        }
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(base)) {
            for (Path run : runs) {
                Long pid = pidOf(run);
                if (pid == null || pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).isPresent()) {
                    continue;
                }
                removed += removeNotedParts(run.resolve(JOURNAL));
                removed += deleteTree(run);
            }
        } catch (IOException e) {
            // leftovers stay until a later start; nothing the user has is at stake
        }
        return removed;
    }

    private static int removeNotedParts(Path journal) {
        int removed = 0;
        if (!Files.isRegularFile(journal)) {
            return 0;
        }
        try {
            List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                Path part = Path.of(line.strip());
                String name = part.getFileName() == null ? "" : part.getFileName().toString();
                // only what SafeFiles made: hidden, ending in .part
                if (name.startsWith(".") && name.endsWith(".part") && Files.deleteIfExists(part)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable journal: the folder itself is still removed
        }
        return removed;
    }

    private static Long pidOf(Path run) {
        String name = run.getFileName().toString();
        if (!Files.isDirectory(run) || name.isEmpty() || !name.chars().allMatch(Character::isDigit)) {
            return null;
        }
        try {
            return Long.parseLong(name);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int deleteTree(Path folder) {
        int[] removed = {0};
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    if (Files.deleteIfExists(p) && !p.equals(folder)) {
                        removed[0]++;
                    }
                } catch (IOException e) {
                    // left for a later start
                }
            });
        } catch (IOException e) {
            // left for a later start
        }
        return removed[0];
    }

    private static Path defaultBase() {
        String home = System.getProperty("nineones.home");
        Path root = home != null && !home.isBlank() ? Path.of(home)
                : Path.of(System.getProperty("user.home", System.getProperty("java.io.tmpdir")), ".nineones");
        return root.resolve("tmp").toAbsolutePath();
    }
}
