package org.nineones.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * The one rule for every file the app writes, on the command line and in the GUI: never a workspace (by its real
 * path, whatever the spelling or link, open or not, nor its companion files), never a file the same command reads,
 * never a folder; written beside the target ({@link #tempBeside}) and moved into place only when complete
 * ({@link #moveIntoPlace}), so nothing is ever half-written. Front ends call {@link #checkOutput} before long work,
 * so the refusal comes at once; the writers check again when they move the file into place.
 */
public final class SafeFiles {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** Companion files of a workspace {@code W}: {@code W-wal}, {@code W-shm}, {@code W-journal}, {@code W.lock}. */
    private static final List<String> COMPANION_SUFFIXES = List.of("-wal", "-shm", "-journal", ".lock");
    private static final String WORKSPACE_EXTENSION = ".nineones";

    private SafeFiles() {
    }

    /**
     * Refuses an output target that would destroy something: a workspace or its companions, one of the command's
     * {@code inputs}, a folder.
     *
     * @return the target as an absolute path
     * @throws OutputRefusedException saying which, with the sentence for the user
     */
    public static Path checkOutput(Path target, Path... inputs) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new OutputRefusedException(OutputRefusedException.Reason.FOLDER, absolute);
        }
        if (isWorkspaceOrCompanion(absolute)) {
            throw new OutputRefusedException(OutputRefusedException.Reason.WORKSPACE, absolute);
        }
        for (Path input : inputs) {
            if (input != null && sameFile(input, absolute)) {
                throw new OutputRefusedException(OutputRefusedException.Reason.INPUT, absolute);
            }
        }
        return absolute;
    }

    /**
     * A new hidden file beside {@code target} to write into, after {@link #checkOutput}: {@code .NAME.….part}. It
     * is noted in {@link AppTemp} so that a killed run's part is removed at the next start.
     */
    public static Path tempBeside(Path target, Path... inputs) throws IOException {
        Path absolute = checkOutput(target, inputs);
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
        AppTemp.notePart(temp);
        return temp;
    }

    /** Replaces {@code target} with the finished {@code temp}, atomically where the file system can. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        Path absolute;
        try {
            absolute = checkOutput(target);
        } catch (OutputRefusedException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        try {
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** True when both paths name one existing file (e.g. a report that would replace the spreadsheet it is about). */
    public static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /**
     * True for an enterprise's workspace, whatever its name (a SQLite database: the app writes none as output), for
     * a name ending in {@code .nineones}, and for the companion files of a workspace.
     */
    public static boolean isWorkspaceOrCompanion(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(WORKSPACE_EXTENSION) || isSqlite(file)) {
            return true;
        }
        for (String suffix : COMPANION_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                Path base = file.resolveSibling(name.substring(0, name.length() - suffix.length()));
                if (isSqlite(base) || base.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                        .endsWith(WORKSPACE_EXTENSION)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the file exists and starts with SQLite's header (following links). */
    public static boolean isSqlite(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] head = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(head, 0, head.length);
            return read == head.length && Arrays.equals(head, SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

}
