package org.nineones.app;

import java.nio.file.Path;

/**
 * Where the application keeps its own files: settings, the recent-files list and the log live in
 * {@code ~/.nineones} (override with {@code -Dnineones.home=…}); workspaces live wherever the user saves them.
 */
public record Settings(Path home) {

    public static Settings fromSystem() {
        String override = System.getProperty("nineones.home");
        Path home = override != null && !override.isBlank() ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".nineones");
        return new Settings(home);
    }

    public Path recentFiles() {
        return home.resolve("recent.txt");
    }

    /** The app's temporary files, a folder per running process (see {@code model.AppTemp}). */
    public Path temp() {
        return home.resolve("tmp");
    }

    /** Default folder for new workspaces and the sample enterprise. */
    public Path workspaces() {
        return home.resolve("workspaces");
    }
}
