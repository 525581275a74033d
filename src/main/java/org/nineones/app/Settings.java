package org.nineones.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.nineones.service.attachments.AttachmentFile;
import org.nineones.service.backup.BackupPolicy;
import org.slf4j.LoggerFactory;

/**
 * Where the application keeps its own files: settings, the recent-files list and the log live in
 * {@code ~/.nineones} (override with {@code -Dnineones.home=…}); workspaces live wherever the user saves them.
 * Settings people may change are in {@code settings.properties} there (UTF-8), e.g. {@code backup.keep=20} and
 * {@code backup.maxAgeDays=90}, {@code startup.reopenLast=false}; a missing file or key means the default.
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

    /** Where the main window was, how large, and its split positions, as the app last left them (not for editing). */
    public Path windowFile() {
        return home.resolve("window.properties");
    }

    /** The settings file people may edit. */
    public Path settingsFile() {
        return home.resolve("settings.properties");
    }

    /** How many backups each workspace keeps ({@code backup.keep}, {@code backup.maxAgeDays}; 0 turns a rule off). */
    public BackupPolicy backupPolicy() {
        Properties p = load("using the default backup rotation");
        return new BackupPolicy(number(p, "backup.keep", BackupPolicy.DEFAULT_KEEP),
                number(p, "backup.maxAgeDays", BackupPolicy.DEFAULT_MAX_AGE_DAYS));
    }

    /**
     * Whether the window opens the workspace used last when started without a file ({@code startup.reopenLast},
     * default true; {@code false} keeps the welcome page).
     */
    public boolean reopenLastWorkspace() {
        String value = load("reopening the last workspace").getProperty("startup.reopenLast", "true").strip();
        return !value.equalsIgnoreCase("false");
    }

    /** The largest file a duty record takes ({@code records.maxAttachmentMB}, default 20 MB; 0 means the default). */
    public long recordAttachmentLimit() {
        int mb = number(load("using the default attachment limit"), "records.maxAttachmentMB", 0);
        return mb == 0 ? AttachmentFile.DEFAULT_MAX_BYTES : mb * 1024L * 1024L;
    }

    /** The two sides of the app: the enterprise's safety staff, or the county's inspectors (issue 13). */
    public enum Side {
        ENTERPRISE, INSPECTOR;

        /** The value of {@code startup.side}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final String SIDE_KEY = "startup.side";

    /** The side the app opens on ({@code startup.side=enterprise|inspector}, default enterprise). */
    public Side side() {
        String value = load("using the enterprise side").getProperty(SIDE_KEY, "").strip();
        return value.equalsIgnoreCase(Side.INSPECTOR.key()) ? Side.INSPECTOR : Side.ENTERPRISE;
    }

    /**
     * Remembers the side in the settings file: its {@code startup.side} line replaced (or added), every other line
     * kept as the user wrote it; written beside and moved into place.
     */
    public void rememberSide(Side side) {
        Path file = settingsFile();
        try {
            java.util.List<String> lines = Files.isRegularFile(file)
                    ? new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                    : new java.util.ArrayList<>();
            String line = SIDE_KEY + "=" + side.key();
            boolean replaced = false;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().matches("startup\\.side\\s*[=:].*")) {
                    lines.set(i, line);
                    replaced = true;
                }
            }
            if (!replaced) {
                lines.add(line);
            }
            Files.createDirectories(home);
            Path temp = org.nineones.model.SafeFiles.tempBeside(file);
            Files.write(temp, lines, StandardCharsets.UTF_8);
            org.nineones.model.SafeFiles.moveIntoPlace(temp, file);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(Settings.class).warn("cannot remember the side in {}", file, e);
        }
    }

    /** The inspection files (*.nineinspect) used last, newest first. */
    public Path recentInspectionFiles() {
        return home.resolve("recent-inspections.txt");
    }

    private Properties load(String fallback) {
        Properties p = new Properties();
        if (Files.isRegularFile(settingsFile())) {
            try (Reader r = Files.newBufferedReader(settingsFile(), StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LoggerFactory.getLogger(Settings.class).warn("cannot read {}; {}", settingsFile(), fallback, e);
            }
        }
        return p;
    }

    private int number(Properties p, String key, int fallback) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the warning
        }
        LoggerFactory.getLogger(Settings.class).warn("{} in {} is not a whole number ≥ 0: {}; using {}", key,
                settingsFile(), value, fallback);
        return fallback;
    }
}
