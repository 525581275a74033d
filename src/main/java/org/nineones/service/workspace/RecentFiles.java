package org.nineones.service.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The most recently used workspaces, newest first, kept in a small UTF-8 text file in the settings folder. */
public final class RecentFiles {

    private static final int MAX = 10;
    private final Path store;

    public RecentFiles(Path store) {
        this.store = store;
    }

    public List<Path> list() {
        if (!Files.isRegularFile(store)) {
            return List.of();
        }
        try {
            return Files.readAllLines(store, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .map(Path::of)
                    .filter(Files::isRegularFile)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the recent files list " + store, e);
        }
    }

    /** The file used last, even when it is no longer there (the list leaves such files out). */
    public Optional<Path> last() {
        if (!Files.isRegularFile(store)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(store, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                    .findFirst().map(Path::of);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the recent files list " + store, e);
        }
    }

    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(absolute);
        paths.add(0, absolute);
        while (paths.size() > MAX) {
            paths.remove(paths.size() - 1);
        }
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            Files.write(store, paths.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the recent files list " + store, e);
        }
    }
}
